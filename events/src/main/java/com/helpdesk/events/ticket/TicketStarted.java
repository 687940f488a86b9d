package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

/** The assigned agent started working on the ticket (OPEN to IN_PROGRESS). */
@EventType("helpdesk.ticket.started.v1")
public record TicketStarted(String agentId) implements TicketEvent {
}
