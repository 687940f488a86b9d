package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.Objects;

/** The ticket was (re)classified; {@code from} is absent when it had no category yet. */
@EventType("helpdesk.ticket.category-changed.v1")
public record TicketCategoryChanged(String from, String to, String reason) implements TicketEvent {

    public TicketCategoryChanged {
        Objects.requireNonNull(to, "to");
    }
}
