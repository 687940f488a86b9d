package com.helpdesk.events;

import java.util.Objects;
import java.util.UUID;

/**
 * Why an event is emitted: who did it, in which causal chain (correlation), and in reaction to which
 * event (causation; none when the chain starts here, e.g. with a request).
 */
public record Causation(String actor, UUID correlationId, UUID causationId) {

    public Causation {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** A reaction to {@code cause}: the same chain, caused by it. */
    public static Causation reactingTo(EventEnvelope<?> cause, String actor) {
        return new Causation(actor, cause.correlationId(), cause.id());
    }

    /** A new chain, started by {@code actor} (a caller's request, or a service's own initiative). */
    public static Causation startedBy(String actor) {
        return new Causation(actor, UUID.randomUUID(), null);
    }
}
