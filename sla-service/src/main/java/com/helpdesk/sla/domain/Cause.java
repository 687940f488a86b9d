package com.helpdesk.sla.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What made a clock move: a ticket event (its id and type) or the timer ({@code eventId} absent).
 *
 * @param at when it happened: the event's time, or the timer's now
 */
public record Cause(UUID eventId, String eventType, Instant at) {

    public static final String TIMER = "timer";

    public static Cause timer(Instant now) {
        return new Cause(null, TIMER, now);
    }
}
