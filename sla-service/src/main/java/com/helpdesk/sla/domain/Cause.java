package com.helpdesk.sla.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What made a clock move: a ticket event (its id and type), the timer, or a supervisor re-applying policies
 * (the last two without an event id).
 *
 * @param at when it happened: the event's time, or the timer's now
 */
public record Cause(UUID eventId, String eventType, Instant at) {

    public static final String TIMER = "timer";
    public static final String REAPPLIED = "policy-reapplied";

    public static Cause timer(Instant now) {
        return new Cause(null, TIMER, now);
    }

    public static Cause reapplied(Instant now) {
        return new Cause(null, REAPPLIED, now);
    }
}
