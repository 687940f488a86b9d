package com.helpdesk.ticket.api;

import java.time.Instant;
import java.util.UUID;

import com.helpdesk.ticket.projection.TicketView;

/** A line of a ticket list, from the read model. */
public record TicketSummary(UUID id, String number, String subject, String status, String priority, String category,
        String channel, String team, String line, String assigneeId, Instant createdAt, Instant updatedAt,
        Instant firstResponseDue, Instant resolutionDue, boolean slaWarning, boolean slaBreached, long version) {

    static TicketSummary of(TicketView view) {
        return new TicketSummary(view.id, view.number, view.subject, view.status, view.priority, view.category,
                view.channel, view.team, view.line, view.assigneeId, view.createdAt, view.updatedAt,
                view.firstResponseDue, view.resolutionDue, view.slaWarning, view.slaBreached, view.version);
    }
}
