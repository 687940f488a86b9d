package com.helpdesk.platform.outbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.events.CloudEventHeaders;
import com.helpdesk.events.EventCodec;
import com.helpdesk.events.EventEnvelope;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Records events for publication in the caller's current transaction, so an event is stored if and
 * only if the state change that caused it is. Business code never talks to Kafka directly.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into platform_outbox (event_id, topic, message_key, shard, headers, payload, traceparent, tracestate)
            values (:eventId, :topic, :messageKey, :shard,
                    cast(cast(:headers as text) as jsonb), cast(cast(:payload as text) as jsonb),
                    cast(:traceparent as text), cast(:tracestate as text))""";

    private final EventCodec codec;
    private final ObjectMapper json;
    private final OutboxConfig config;

    Outbox(EventCodec codec, ObjectMapper json, OutboxConfig config) {
        this.codec = codec;
        this.json = json;
        this.config = config;
    }

    /**
     * Must run inside a reactive transaction ({@code @WithTransaction} or {@code Panache.withTransaction}).
     * The current trace context (the REST request's or consumed message's span) is stored with the event,
     * so its consumers' spans join the same trace.
     */
    public Uni<Void> enqueue(EventEnvelope<?> event) {
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Outbox.enqueue needs an active transaction: events must commit with the state they describe"))
                .chain(tx -> Panache.getSession())
                .chain(session -> insert(session, event, TraceContext.current()))
                .replaceWithVoid();
    }

    private Uni<Integer> insert(Mutiny.Session session, EventEnvelope<?> event, TraceContext trace) {
        return session.createNativeQuery(INSERT)
                .setParameter("eventId", event.id())
                .setParameter("topic", event.topic().topicName())
                .setParameter("messageKey", event.subject())
                .setParameter("shard", (short) shardOf(event.subject()))
                .setParameter("headers", headersJson(event))
                .setParameter("payload", new String(codec.encode(event.data()), java.nio.charset.StandardCharsets.UTF_8))
                .setParameter("traceparent", trace.traceparent())
                .setParameter("tracestate", trace.tracestate())
                .executeUpdate();
    }

    /** Enqueues in list order, which is the order they are published for one key. */
    public Uni<Void> enqueueAll(List<? extends EventEnvelope<?>> events) {
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(this::enqueue)
                .collect().last()
                .replaceWithVoid();
    }

    int shardOf(String key) {
        return Math.floorMod(key.hashCode(), config.shards());
    }

    private String headersJson(EventEnvelope<?> event) {
        try {
            return json.writeValueAsString(CloudEventHeaders.of(event, codec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CloudEvents headers are plain strings and always serialise", e);
        }
    }
}
