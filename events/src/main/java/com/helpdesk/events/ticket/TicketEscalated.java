package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.Objects;

/** The ticket moved between support lines, with the reason kept. */
@EventType("helpdesk.ticket.escalated.v1")
public record TicketEscalated(SupportLine from, SupportLine to, String reason) implements TicketEvent {

    public TicketEscalated {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
