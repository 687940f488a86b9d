package com.helpdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.sla.domain.WhatIf.Outcome;

class WhatIfTest {

    private static final BusinessCalendar ALWAYS = BuiltInCalendars.ALWAYS;
    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");
    private static final TargetClock EIGHT_HOURS = TargetClock.start(SlaTarget.FIRST_RESPONSE, Duration.ofHours(8),
            START, ALWAYS, 80);

    @Test
    void aRunningTargetIsOnTrackOrBreachedDependingOnTheAllowance() {
        Instant now = START.plus(Duration.ofHours(6));

        assertThat(WhatIf.judge(EIGHT_HOURS, Duration.ofHours(8), now, ALWAYS))
                .isEqualTo(new WhatIf.Verdict(Outcome.ON_TRACK, START.plus(Duration.ofHours(8))));
        assertThat(WhatIf.judge(EIGHT_HOURS, Duration.ofHours(4), now, ALWAYS).outcome()).isEqualTo(Outcome.BREACHED);
        assertThat(WhatIf.judge(EIGHT_HOURS, null, now, ALWAYS).outcome()).isEqualTo(Outcome.NOT_MEASURED);
    }

    @Test
    void aMetTargetIsJudgedByTheTimeItTook() {
        TargetClock metAfterFiveHours = EIGHT_HOURS.meet(START.plus(Duration.ofHours(5)), ALWAYS);

        assertThat(WhatIf.judge(metAfterFiveHours, Duration.ofHours(8), START.plus(Duration.ofDays(3)), ALWAYS).outcome())
                .isEqualTo(Outcome.MET);
        assertThat(WhatIf.judge(metAfterFiveHours, Duration.ofHours(4), START.plus(Duration.ofDays(3)), ALWAYS).outcome())
                .isEqualTo(Outcome.MET_LATE);
    }

    @Test
    void aPausedTargetHasNoDeadlineButKeepsItsTimeUsed() {
        TargetClock paused = EIGHT_HOURS.pause(START.plus(Duration.ofHours(2)), ALWAYS);

        assertThat(WhatIf.judge(paused, Duration.ofHours(3), START.plus(Duration.ofDays(2)), ALWAYS))
                .isEqualTo(new WhatIf.Verdict(Outcome.ON_TRACK, null));
    }
}
