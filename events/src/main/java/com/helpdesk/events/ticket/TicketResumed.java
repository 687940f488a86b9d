package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

/** Work resumes after waiting for the customer, typically because the customer replied. */
@EventType("helpdesk.ticket.resumed.v1")
public record TicketResumed(String reason) implements TicketEvent {
}
