package com.helpdesk.events.sla;

import com.helpdesk.events.EventType;

import java.time.Instant;
import java.util.Objects;

/** A target was met; {@code metAt} after {@code dueAt} means it was met late, after a breach. */
@EventType("helpdesk.sla.met.v1")
public record SlaMet(SlaTarget target, Instant dueAt, Instant metAt) implements SlaEvent {

    public SlaMet {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(metAt, "metAt");
    }
}
