package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

/** A resolved or closed ticket was reopened; routing and SLA treat it as live again. */
@EventType("helpdesk.ticket.reopened.v1")
public record TicketReopened(String reason) implements TicketEvent {
}
