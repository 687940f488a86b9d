package com.helpdesk.ticket.report.model;

import java.time.Instant;
import java.util.UUID;

import com.helpdesk.events.sla.SlaTarget;

/**
 * One stored event of a ticket, as the reports see it.
 *
 * @param at      the event's own time (the envelope's), which is what {@code asOf} and periods compare
 * @param state   the ticket right after a ticket event; {@code null} for SLA events, which take the ticket's
 *                state at their time
 * @param score   CSAT of a {@link FactKind#RATED} fact
 */
public record Fact(UUID ticketId, FactKind kind, Instant at, long version, TicketState state, SlaTarget target,
        Instant dueAt, Instant metAt, Integer score) {

    public static Fact ofTicket(UUID ticketId, FactKind kind, Instant at, long version, TicketState state) {
        return new Fact(ticketId, kind, at, version, state, null, null, null, null);
    }
}
