package com.helpdesk.events.sla;

import com.helpdesk.events.EventType;

import java.time.Instant;
import java.util.Objects;

/** A deadline passed without being met. */
@EventType("helpdesk.sla.breached.v1")
public record SlaBreached(SlaTarget target, Instant dueAt) implements SlaEvent {

    public SlaBreached {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
