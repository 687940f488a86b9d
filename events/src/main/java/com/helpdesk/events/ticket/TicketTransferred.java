package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.Objects;

/** The ticket moved to another team; {@code fromTeam} is absent when no team owned it. */
@EventType("helpdesk.ticket.transferred.v1")
public record TicketTransferred(String fromTeam, String toTeam, String reason) implements TicketEvent {

    public TicketTransferred {
        Objects.requireNonNull(toTeam, "toTeam");
    }
}
