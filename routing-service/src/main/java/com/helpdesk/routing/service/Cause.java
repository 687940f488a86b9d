package com.helpdesk.routing.service;

import java.util.Objects;
import java.util.UUID;

import com.helpdesk.events.EventEnvelope;

/**
 * What set routing off: an event it consumed (its decisions then continue that causal chain) or a
 * request, such as an agent coming online (a new chain started by that caller).
 */
public record Cause(EventEnvelope<?> event, String actor, UUID correlationId) {

    static final String ROUTING = "service:routing-service";

    public Cause {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    public static Cause event(EventEnvelope<?> event) {
        return new Cause(event, ROUTING, event.correlationId());
    }

    public static Cause request(String callerId) {
        return new Cause(null, callerId, UUID.randomUUID());
    }

    /** Routing's own initiative, e.g. widening the candidates of a ticket that waited long. */
    public static Cause routine() {
        return new Cause(null, ROUTING, UUID.randomUUID());
    }
}
