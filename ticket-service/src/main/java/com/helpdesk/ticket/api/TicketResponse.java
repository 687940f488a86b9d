package com.helpdesk.ticket.api;

import java.util.Set;
import java.util.UUID;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.ticket.domain.Ticket;
import com.helpdesk.ticket.domain.TicketStatus;

/** A ticket as its events say; {@code version} is what If-Match takes. */
public record TicketResponse(UUID id, String number, String subject, String description, TicketStatus status,
        Priority priority, String category, Set<String> tags, Channel channel, String language, SupportLine line,
        String team, String assigneeId, Requester requester, boolean rated, UUID mergedInto, long version) {

    static TicketResponse of(UUID id, Ticket ticket) {
        return new TicketResponse(id, ticket.number(), ticket.subject(), ticket.description(), ticket.status(),
                ticket.priority(), ticket.category(), ticket.tags(), ticket.channel(), ticket.language(), ticket.line(),
                ticket.team(), ticket.assigneeId(), ticket.requester(), ticket.rated(), ticket.mergedInto(),
                ticket.version());
    }
}
