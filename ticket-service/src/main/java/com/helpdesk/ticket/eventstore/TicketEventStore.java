package com.helpdesk.ticket.eventstore;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.events.EventCodec;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.platform.outbox.Outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Ticket streams in PostgreSQL: append-only, one row per event, {@code (stream_id, stream_version)} unique.
 * Appending also hands each event to the outbox in the same transaction, so whatever is stored is
 * published and nothing else is.
 */
@ApplicationScoped
public class TicketEventStore {

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };
    private static final String APPEND = """
            insert into ticket_event (event_id, stream_id, stream_version, event_type, payload, metadata, occurred_at)
            values (:eventId, :streamId, :version, :type, cast(cast(:payload as text) as jsonb),
                    cast(cast(:metadata as text) as jsonb), :occurredAt)""";
    private static final String READ = """
            select event_id, stream_version, event_type, payload::text, metadata::text, occurred_at
            from ticket_event where stream_id = :streamId order by stream_version""";

    private static final String STREAM_OF_NUMBER = """
            select stream_id from ticket_event where event_type = :type and payload ->> 'number' = :number""";
    private static final String STREAMS = """
            select stream_id from ticket_event where event_type = :type order by global_position""";

    private final EventCodec codec;
    private final ObjectMapper json;
    private final Outbox outbox;

    TicketEventStore(EventCodec codec, ObjectMapper json, Outbox outbox) {
        this.codec = codec;
        this.json = json;
        this.outbox = outbox;
    }

    /** The whole stream, oldest first; empty for an unknown ticket. */
    public Uni<List<EventEnvelope<TicketEvent>>> read(UUID streamId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(READ, Object[].class)
                .setParameter("streamId", streamId)
                .getResultList())
                .map(rows -> rows.stream().map(row -> envelope(streamId, row)).toList());
    }

    /** The ticket a human-readable number belongs to. */
    public Uni<Optional<UUID>> streamOf(String number) {
        return Panache.getSession().chain(session -> session.createNativeQuery(STREAM_OF_NUMBER, UUID.class)
                .setParameter("type", codec.typeOf(TicketCreated.class))
                .setParameter("number", number)
                .getResultList())
                .map(ids -> ids.stream().findFirst());
    }

    /** Every stream id, in the order the streams began: what a read-model rebuild walks through. */
    public Uni<List<UUID>> streams() {
        return Panache.getSession().chain(session -> session.createNativeQuery(STREAMS, UUID.class)
                .setParameter("type", codec.typeOf(TicketCreated.class))
                .getResultList());
    }

    /**
     * Appends events that were decided on the stream at {@code expectedVersion}. A concurrent append of
     * the same version fails on the unique constraint; callers see it as {@link ConcurrentTicketChange}.
     */
    public Uni<Void> append(List<EventEnvelope<TicketEvent>> events) {
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(event -> insert(session, event))
                .collect().last())
                .onFailure(TicketEventStore::isVersionConflict)
                .transform(conflict -> new ConcurrentTicketChange(events.get(0).subject(), conflict))
                .chain(() -> outbox.enqueueAll(events));
    }

    private Uni<Integer> insert(Mutiny.Session session, EventEnvelope<TicketEvent> event) {
        return session.createNativeQuery(APPEND)
                .setParameter("eventId", event.id())
                .setParameter("streamId", UUID.fromString(event.subject()))
                .setParameter("version", event.streamVersion())
                .setParameter("type", event.type())
                .setParameter("payload", new String(codec.encode(event.data()), StandardCharsets.UTF_8))
                .setParameter("metadata", metadata(event))
                .setParameter("occurredAt", OffsetDateTime.ofInstant(event.time(), java.time.ZoneOffset.UTC))
                .executeUpdate();
    }

    private String metadata(EventEnvelope<?> event) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("source", event.source().toString());
        metadata.put("actor", event.actor());
        metadata.put("correlationId", event.correlationId().toString());
        if (event.causationId() != null) {
            metadata.put("causationId", event.causationId().toString());
        }
        try {
            return json.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private EventEnvelope<TicketEvent> envelope(UUID streamId, Object[] row) {
        try {
            Map<String, String> metadata = json.readValue((String) row[4], METADATA);
            String causation = metadata.get("causationId");
            return new EventEnvelope<>((UUID) row[0], URI.create(metadata.get("source")), streamId.toString(),
                    instant(row[5]), ((Number) row[1]).longValue(), UUID.fromString(metadata.get("correlationId")),
                    causation == null ? null : UUID.fromString(causation), metadata.get("actor"),
                    (TicketEvent) codec.decode((String) row[2], ((String) row[3]).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable metadata of event " + row[0], e);
        }
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) timestamp;
    }

    private static boolean isVersionConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("ticket_event_stream_version")) {
                return true;
            }
        }
        return false;
    }
}
