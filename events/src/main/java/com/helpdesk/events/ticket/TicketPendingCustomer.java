package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

/** The ticket waits for the customer; SLA clocks pause until it resumes. */
@EventType("helpdesk.ticket.pending-customer.v1")
public record TicketPendingCustomer(String reason) implements TicketEvent {
}
