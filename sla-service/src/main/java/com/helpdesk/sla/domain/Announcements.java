package com.helpdesk.sla.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaEvent;
import com.helpdesk.events.sla.SlaMet;
import com.helpdesk.events.sla.SlaPaused;
import com.helpdesk.events.sla.SlaResumed;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.sla.SlaWarning;

/** Which clock changes other services hear about, and in which published event. */
public final class Announcements {

    private Announcements() {
    }

    /** The event announcing a transition; empty for changes only the timeline keeps (e.g. reclassified, same policy). */
    public static Optional<SlaEvent> of(Transition transition) {
        Instant at = transition.cause().at();
        ClockChange change = transition.change();
        if (change instanceof ClockChange.DeadlinesSet set) {
            return Optional.of(new SlaDeadlinesSet(set.policy().id(), set.policy().version(), set.calendar().id(),
                    due(set.targets(), SlaTarget.FIRST_RESPONSE), due(set.targets(), SlaTarget.NEXT_RESPONSE),
                    due(set.targets(), SlaTarget.RESOLUTION), set.reason()));
        }
        if (change instanceof ClockChange.Paused paused) {
            return Optional.of(new SlaPaused(at, paused.reason()));
        }
        if (change instanceof ClockChange.Resumed resumed) {
            return Optional.of(new SlaResumed(at, due(resumed.targets(), SlaTarget.FIRST_RESPONSE),
                    due(resumed.targets(), SlaTarget.NEXT_RESPONSE), due(resumed.targets(), SlaTarget.RESOLUTION)));
        }
        if (change instanceof ClockChange.Met met) {
            return Optional.of(new SlaMet(met.target().target(), met.target().dueAt(), met.target().metAt()));
        }
        if (change instanceof ClockChange.Warned warned) {
            return Optional.of(new SlaWarning(warned.target(), warned.dueAt(), warned.thresholdPercent()));
        }
        if (change instanceof ClockChange.Breached breached) {
            return Optional.of(new SlaBreached(breached.target(), breached.dueAt()));
        }
        return Optional.empty(); // reclassified under the same policy, responded: the timeline keeps them
    }

    /** A deadline only while its target runs: a met or paused target has none to announce. */
    private static Instant due(Map<SlaTarget, TargetClock> targets, SlaTarget target) {
        TargetClock clock = targets.get(target);
        return clock != null && clock.running() ? clock.dueAt() : null;
    }
}
