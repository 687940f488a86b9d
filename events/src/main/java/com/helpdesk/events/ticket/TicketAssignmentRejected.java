package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.Objects;
import java.util.UUID;

/**
 * A routing decision arrived too late to apply (the ticket changed meanwhile), so routing can release the
 * agent's capacity it reserved.
 */
@EventType("helpdesk.ticket.assignment-rejected.v1")
public record TicketAssignmentRejected(UUID decisionId, String agentId, String reason) implements TicketEvent {

    public TicketAssignmentRejected {
        Objects.requireNonNull(decisionId, "decisionId");
    }
}
