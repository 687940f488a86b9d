package com.helpdesk.ticket.service;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.platform.outbox.OutboxConfig;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.ticket.domain.NewTicket;
import com.helpdesk.ticket.domain.Ticket;
import com.helpdesk.ticket.domain.TicketCommand;
import com.helpdesk.ticket.eventstore.ConcurrentTicketChange;
import com.helpdesk.ticket.eventstore.TicketEventStore;
import com.helpdesk.ticket.eventstore.TicketNumbers;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Runs ticket commands: load the stream, let the domain decide, append what it decided. */
@ApplicationScoped
public class Tickets {

    /** Retries of an unconditional command that lost a race: its rule is checked again on the new state. */
    private static final int RETRIES_AFTER_CONFLICT = 10;

    private final TicketEventStore store;
    private final TicketNumbers numbers;
    private final URI source;

    Tickets(TicketEventStore store, TicketNumbers numbers, OutboxConfig outbox) {
        this.store = store;
        this.numbers = numbers;
        this.source = URI.create(outbox.source());
    }

    /** Opens a ticket; joins the caller's transaction if there is one (e.g. an idempotent request's). */
    public Uni<TicketChange> open(UUID id, NewTicket ticket) {
        int year = Year.now(ZoneOffset.UTC).getValue();
        return Panache.withTransaction(() -> numbers.next(year)
                .chain(number -> append(id, Ticket.NONE, List.of(new TicketCommand.Open(ticket, number)),
                        Causation.startedBy(ticket.filedBy()))));
    }

    /**
     * Runs a command on the ticket as it is now. With {@code expectedVersion} the caller acts on what it saw
     * (If-Match): a newer version is refused with 412. Without, a command that lost a race is re-decided.
     */
    public Uni<TicketChange> handle(UUID id, TicketCommand command, OptionalLong expectedVersion, Causation causation) {
        return handleAll(id, List.of(command), expectedVersion, causation, ticket -> true);
    }

    /**
     * Several commands decided one after the other on the evolving state, appended together or not at all.
     * A ticket the actor may not see ({@code visibleToActor} false) is answered as if it did not exist.
     */
    public Uni<TicketChange> handleAll(UUID id, List<TicketCommand> commands, OptionalLong expectedVersion,
            Causation causation, Predicate<Ticket> visibleToActor) {
        Uni<TicketChange> attempt = Panache.withTransaction(() -> load(id).chain(current -> {
            if (!current.exists() || !visibleToActor.test(current)) {
                return Uni.createFrom().failure(ProblemException.notFound("Ticket " + id));
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
                return Uni.createFrom().failure(ProblemException.staleVersion(expectedVersion.getAsLong(), current.version()));
            }
            return append(id, current, commands, causation);
        }));
        return expectedVersion.isPresent() ? attempt
                : attempt.onFailure(ConcurrentTicketChange.class).retry()
                        .withBackOff(Duration.ofMillis(5), Duration.ofMillis(200)).withJitter(0.5)
                        .atMost(RETRIES_AFTER_CONFLICT);
    }

    /** The ticket as its events say now; {@link Ticket#NONE} if there is no such ticket. */
    public Uni<Ticket> current(UUID id) {
        return Panache.withSession(() -> load(id));
    }

    /** The ticket as it was at {@code instant}: its events up to then, replayed. */
    public Uni<Ticket> asOf(UUID id, Instant instant) {
        return history(id).map(events -> Ticket.replay(events.stream()
                .filter(event -> !event.time().isAfter(instant))
                .map(EventEnvelope::data).toList()));
    }

    public Uni<List<EventEnvelope<TicketEvent>>> history(UUID id) {
        return Panache.withSession(() -> store.read(id));
    }

    public Uni<Optional<UUID>> idOf(String number) {
        return Panache.withSession(() -> store.streamOf(number));
    }

    private Uni<Ticket> load(UUID id) {
        return store.read(id).map(history -> Ticket.replay(history.stream().map(EventEnvelope::data).toList()));
    }

    private Uni<TicketChange> append(UUID id, Ticket current, List<TicketCommand> commands, Causation causation) {
        Ticket next = current;
        List<EventEnvelope<TicketEvent>> envelopes = new ArrayList<>();
        for (TicketCommand command : commands) {
            for (TicketEvent event : next.decide(command)) {
                next = next.evolve(event);
                envelopes.add(EventEnvelope.of(source, id.toString(), next.version(), causation, event));
            }
        }
        if (envelopes.isEmpty()) {
            return Uni.createFrom().item(new TicketChange(id, current, false));
        }
        return store.append(envelopes).replaceWith(new TicketChange(id, next, true));
    }

}
