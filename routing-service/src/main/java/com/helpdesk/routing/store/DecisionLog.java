package com.helpdesk.routing.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.EventCodec;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.events.routing.RoutingEvent;
import com.helpdesk.events.routing.TicketQueued;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Every decision exactly as it was published, so "why did this ticket go there?" has an answer later. */
@ApplicationScoped
public class DecisionLog {

    private static final String RECORD = """
            insert into routing_decision (decision_id, ticket_id, event_type, payload, decided_at)
            values (:decisionId, :ticketId, :type, cast(cast(:payload as text) as jsonb), :decidedAt)""";
    private static final String FOR_TICKET = """
            select event_type, payload::text, decided_at from routing_decision
            where ticket_id = :ticketId order by decided_at, decision_id""";

    /** A logged decision: an {@link AssignmentDecided} or a {@link TicketQueued}. */
    public record Entry(UUID ticketId, RoutingEvent decision, Instant decidedAt) {
    }

    private final EventCodec codec;

    DecisionLog(EventCodec codec) {
        this.codec = codec;
    }

    public Uni<Void> record(EventEnvelope<? extends RoutingEvent> event, UUID decisionId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RECORD)
                .setParameter("decisionId", decisionId)
                .setParameter("ticketId", UUID.fromString(event.subject()))
                .setParameter("type", event.type())
                .setParameter("payload", new String(codec.encode(event.data()), StandardCharsets.UTF_8))
                .setParameter("decidedAt", OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                .executeUpdate())
                .replaceWithVoid();
    }

    /** A ticket's decisions, oldest first. */
    public Uni<List<Entry>> forTicket(UUID ticketId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FOR_TICKET, Object[].class)
                .setParameter("ticketId", ticketId)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Entry(ticketId,
                        (RoutingEvent) codec.decode((String) row[0], ((String) row[1]).getBytes(StandardCharsets.UTF_8)),
                        row[2] instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) row[2])).toList());
    }
}
