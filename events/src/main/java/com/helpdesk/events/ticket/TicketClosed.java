package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

/** The ticket is closed, by the customer's confirmation or automatically after resolution. */
@EventType("helpdesk.ticket.closed.v1")
public record TicketClosed(String reason) implements TicketEvent {
}
