package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.Objects;
import java.util.UUID;

/** This ticket was a duplicate and was merged into another; it takes no further changes. */
@EventType("helpdesk.ticket.merged.v1")
public record TicketMerged(UUID intoTicketId, String intoNumber) implements TicketEvent {

    public TicketMerged {
        Objects.requireNonNull(intoTicketId, "intoTicketId");
    }
}
