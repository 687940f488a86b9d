package com.helpdesk.ticket.service;

import java.net.URI;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.platform.outbox.OutboxConfig;
import com.helpdesk.ticket.domain.NewTicket;
import com.helpdesk.ticket.domain.Ticket;
import com.helpdesk.ticket.eventstore.TicketEventStore;
import com.helpdesk.ticket.eventstore.TicketNumbers;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Runs ticket commands: load the stream, let the domain decide, append what it decided. */
@ApplicationScoped
public class Tickets {

    private final TicketEventStore store;
    private final TicketNumbers numbers;
    private final URI source;

    Tickets(TicketEventStore store, TicketNumbers numbers, OutboxConfig outbox) {
        this.store = store;
        this.numbers = numbers;
        this.source = URI.create(outbox.source());
    }

    /** Opens a ticket; joins the caller's transaction if there is one (e.g. an idempotent request's). */
    public Uni<Ticket> open(UUID id, NewTicket command, UUID correlationId) {
        int year = Year.now(ZoneOffset.UTC).getValue();
        return Panache.withTransaction(() -> numbers.next(year)
                .chain(number -> {
                    List<TicketEvent> decided = Ticket.open(Ticket.NONE, command, number);
                    List<EventEnvelope<TicketEvent>> events = envelopes(id, Ticket.NONE.version(), decided,
                            command.filedBy(), correlationId);
                    return store.append(events).replaceWith(Ticket.replay(decided));
                }));
    }

    /** The ticket as its events say now; {@link Ticket#NONE} if there is no such ticket. */
    public Uni<Ticket> current(UUID id) {
        return Panache.withSession(() -> store.read(id))
                .map(history -> Ticket.replay(history.stream().map(EventEnvelope::data).toList()));
    }

    private List<EventEnvelope<TicketEvent>> envelopes(UUID id, long fromVersion, List<TicketEvent> events,
            String actor, UUID correlationId) {
        long[] version = { fromVersion };
        return events.stream()
                .map(event -> EventEnvelope.first(source, id.toString(), ++version[0], actor, correlationId, event))
                .toList();
    }
}
