package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.Objects;

/** The priority changed, e.g. by an agent or because the customer's entitlement expired. */
@EventType("helpdesk.ticket.priority-changed.v1")
public record TicketPriorityChanged(Priority from, Priority to, String reason) implements TicketEvent {

    public TicketPriorityChanged {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
