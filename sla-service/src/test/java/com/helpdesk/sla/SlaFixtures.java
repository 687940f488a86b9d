package com.helpdesk.sla;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEvent;

/** Ticket events as ticket-service publishes them. */
public final class SlaFixtures {

    private static final URI TICKET_SERVICE = URI.create("/helpdesk/ticket-service");

    private SlaFixtures() {
    }

    /** A P3 web ticket filed at {@code at}: no stored policy matches it unless a test adds one. */
    public static EventEnvelope<TicketEvent> created(UUID ticketId, Instant at) {
        return created(ticketId, at, Priority.P3, "it.access");
    }

    public static EventEnvelope<TicketEvent> created(UUID ticketId, Instant at, Priority priority, String category) {
        return created(ticketId, at, priority, category, null);
    }

    public static EventEnvelope<TicketEvent> created(UUID ticketId, Instant at, Priority priority, String category,
            String team) {
        TicketEvent data = new TicketCreated("HD-2026-" + ticketId.toString().substring(0, 6),
                new Requester("alice", "alice@example.com", "Alice", "en"), "VPN down", null, Channel.WEB, category,
                priority, "en", List.of(), Map.of(), null, CustomerTier.STANDARD, team, SupportLine.L1, "alice");
        return new EventEnvelope<>(UUID.randomUUID(), TICKET_SERVICE, ticketId.toString(), at, 1, UUID.randomUUID(),
                null, "alice", data);
    }

    /** The next event of the same ticket, at stream version {@code version}, a moment later. */
    public static EventEnvelope<TicketEvent> next(EventEnvelope<TicketEvent> previous, long version, TicketEvent data) {
        return new EventEnvelope<>(UUID.randomUUID(), TICKET_SERVICE, previous.subject(), Instant.now(), version,
                previous.correlationId(), previous.id(), "agent-1", data);
    }
}
