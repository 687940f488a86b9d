package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.Objects;

/** The agent was taken off the ticket, which goes back to routing. */
@EventType("helpdesk.ticket.unassigned.v1")
public record TicketUnassigned(String agentId, String reason) implements TicketEvent {

    public TicketUnassigned {
        Objects.requireNonNull(agentId, "agentId");
    }
}
