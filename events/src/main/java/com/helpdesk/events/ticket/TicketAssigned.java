package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.Objects;
import java.util.UUID;

/**
 * The ticket now has an agent.
 *
 * @param decisionId the routing decision this assignment carries out; absent for a manual assignment
 */
@EventType("helpdesk.ticket.assigned.v1")
public record TicketAssigned(
        String agentId,
        String team,
        SupportLine line,
        AssignmentSource source,
        UUID decisionId) implements TicketEvent {

    public TicketAssigned {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(source, "source");
    }
}
