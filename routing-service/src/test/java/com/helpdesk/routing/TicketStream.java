package com.helpdesk.routing;

import java.net.URI;
import java.util.UUID;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEvent;

/** One ticket's events as ticket-service would publish them: subject = ticket id, versions counting up. */
public final class TicketStream {

    private static final URI TICKET_SERVICE = URI.create("/helpdesk/ticket-service");

    private final UUID id = UUID.randomUUID();
    private final UUID correlationId = UUID.randomUUID();
    private long version;

    public UUID id() {
        return id;
    }

    public EventEnvelope<TicketEvent> created(String category, String language, Priority priority) {
        return created(Channel.WEB, category, language, priority);
    }

    public EventEnvelope<TicketEvent> created(Channel channel, String category, String language, Priority priority) {
        return next(new TicketCreated("HD-2026-" + id.toString().substring(0, 6), new Requester("alice", "alice@example.com",
                "Alice", language), "Help", "Please help", channel, category, priority, language, null, null, null,
                CustomerTier.STANDARD, null, SupportLine.L1, "alice"));
    }

    public EventEnvelope<TicketEvent> next(TicketEvent event) {
        return EventEnvelope.first(TICKET_SERVICE, id.toString(), ++version, "agent-x", correlationId, event);
    }
}
