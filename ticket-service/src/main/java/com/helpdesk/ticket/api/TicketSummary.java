package com.helpdesk.ticket.api;

import java.time.Instant;
import java.util.UUID;

import com.helpdesk.ticket.projection.TicketView;

/** A line of a ticket list, from the read model. */
public record TicketSummary(UUID id, String number, String subject, String status, String priority, String category,
        String channel, String assigneeId, Instant createdAt, Instant updatedAt) {

    static TicketSummary of(TicketView view) {
        return new TicketSummary(view.id, view.number, view.subject, view.status, view.priority, view.category,
                view.channel, view.assigneeId, view.createdAt, view.updatedAt);
    }
}
