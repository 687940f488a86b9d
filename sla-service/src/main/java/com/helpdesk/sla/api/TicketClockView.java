package com.helpdesk.sla.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.sla.domain.BusinessCalendar;
import com.helpdesk.sla.domain.CalendarRef;
import com.helpdesk.sla.domain.ClockState;
import com.helpdesk.sla.domain.PolicyRef;
import com.helpdesk.sla.domain.TargetClock;
import com.helpdesk.sla.domain.TicketProfile;
import com.helpdesk.sla.store.StoredClock;
import com.helpdesk.sla.store.TimelineEntry;

@Schema(name = "TicketClock", description = "A ticket's SLA clock: targets, deadlines, business time left, and how it got there")
public record TicketClockView(
        UUID ticketId,
        ClockState state,
        TicketProfile ticket,
        PolicyRef policy,
        CalendarRef calendar,
        int warningPercent,
        List<Target> targets,
        List<TimelineEntry> timeline) {

    @Schema(name = "TicketClockTarget")
    public record Target(
            SlaTarget target,
            @Schema(description = "RUNNING, PAUSED or MET") String status,
            long allowedMinutes,
            long usedMinutes,
            @Schema(description = "Business minutes left now; negative once overdue") long remainingMinutes,
            Instant dueAt,
            Instant warnAt,
            Instant metAt,
            boolean warned,
            boolean breached) {

        static Target of(TargetClock clock, Instant now, BusinessCalendar calendar) {
            String status = clock.met() ? "MET" : clock.running() ? "RUNNING" : "PAUSED";
            return new Target(clock.target(), status, clock.allowed().toMinutes(),
                    clock.usedAt(now, calendar).toMinutes(), clock.remainingAt(now, calendar).toMinutes(),
                    clock.dueAt(), clock.warnAt(), clock.metAt(), clock.warned(), clock.breached());
        }
    }

    static TicketClockView of(StoredClock stored, BusinessCalendar calendar, Instant now, List<TimelineEntry> timeline) {
        var clock = stored.clock();
        return new TicketClockView(stored.ticketId(), clock.state(), clock.profile(), clock.policy(), clock.calendar(),
                clock.warningPercent(), clock.targets().values().stream()
                        .sorted(Comparator.comparing(TargetClock::target))
                        .map(target -> Target.of(target, now, calendar)).toList(),
                timeline);
    }
}
