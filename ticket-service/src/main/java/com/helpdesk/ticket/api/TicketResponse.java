package com.helpdesk.ticket.api;

import java.util.UUID;

import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.ticket.domain.Ticket;
import com.helpdesk.ticket.domain.TicketStatus;

public record TicketResponse(UUID id, String number, String subject, TicketStatus status, Priority priority,
        String category, SupportLine line, Requester requester, long version) {

    static TicketResponse of(UUID id, Ticket ticket) {
        return new TicketResponse(id, ticket.number(), ticket.subject(), ticket.status(), ticket.priority(),
                ticket.category(), ticket.line(), ticket.requester(), ticket.version());
    }
}
