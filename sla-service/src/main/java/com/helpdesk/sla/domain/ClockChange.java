package com.helpdesk.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.helpdesk.events.sla.SlaTarget;

/**
 * What happened to a clock: decided by {@link SlaClock#decide}, applied by {@link SlaClock#evolve}, kept as
 * the clock's timeline. Changes carry their outcome (e.g. the recomputed targets), so replaying a timeline
 * needs neither calendars nor policies.
 */
public sealed interface ClockChange {

    /** Deadlines were (re)computed: at start, for a new next-response target, or under another policy. */
    record DeadlinesSet(TicketProfile profile, PolicyRef policy, CalendarRef calendar, int warningPercent,
            Duration nextResponse, Map<SlaTarget, TargetClock> targets, String reason) implements ClockChange {
    }

    /** The ticket was reclassified but the same policy still applies: nothing moves. */
    record Reclassified(TicketProfile profile, String reason) implements ClockChange {
    }

    record Paused(ClockState state, Map<SlaTarget, TargetClock> targets, String reason) implements ClockChange {
    }

    record Resumed(Map<SlaTarget, TargetClock> targets, String reason) implements ClockChange {
    }

    record Met(TargetClock target) implements ClockChange {
    }

    record Warned(SlaTarget target, Instant dueAt, int thresholdPercent) implements ClockChange {
    }

    record Breached(SlaTarget target, Instant dueAt) implements ClockChange {
    }

    /** A public agent reply was seen; from now on customer messages start next-response targets. */
    record Responded() implements ClockChange {
    }
}
