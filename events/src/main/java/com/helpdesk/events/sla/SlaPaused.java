package com.helpdesk.events.sla;

import com.helpdesk.events.EventType;

import java.time.Instant;
import java.util.Objects;

/** The clocks stopped, typically while the ticket waits for the customer. */
@EventType("helpdesk.sla.paused.v1")
public record SlaPaused(Instant pausedAt, String reason) implements SlaEvent {

    public SlaPaused {
        Objects.requireNonNull(pausedAt, "pausedAt");
    }
}
