package com.helpdesk.platform.inbox;

import java.util.function.Function;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.helpdesk.events.CloudEventHeaders;
import com.helpdesk.events.EventCodec;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.UnreadableEventException;
import com.helpdesk.platform.observability.LogContext;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Applies each incoming event at most once per consumer: the "processed" mark and the handler's effect
 * commit in one transaction, so a redelivery (after a crash, a rebalance or a relay retry) is skipped.
 *
 * <p>An event that cannot be read is nacked at once and a handler that keeps failing is nacked after
 * {@link InboxConfig#attempts()}; the channel's {@code failure-strategy=dead-letter-queue} then parks it
 * on the dead-letter topic and the partition goes on. Not while the service stops, though: a failure then is the
 * shutdown's (the database closing), so the event is left unacknowledged for the partition's next owner.
 *
 * <p>The handler runs in a {@code process} span, a child of SmallRye Kafka's receive span (which continues
 * the trace of the record's {@code traceparent} header), so events it writes to the outbox carry the trace
 * on; the span and the log MDC name the event's ticket and correlation id ({@link LogContext}).
 * Use with a {@code Message<byte[]>} consumer:
 *
 * <pre>{@code
 * @Incoming("ticket-events")
 * Uni<Void> on(Message<byte[]> message) {
 *     return inbox.receive("ticket-view", message, this::apply);
 * }
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String MARK = """
            insert into platform_inbox (consumer, event_id, event_type, subject)
            values (:consumer, :eventId, :eventType, :subject) on conflict do nothing""";

    private final EventCodec codec;
    private final InboxConfig config;
    private final Tracer tracer;
    private final MeterRegistry metrics;
    private volatile boolean stopping;

    Inbox(EventCodec codec, InboxConfig config, OpenTelemetry telemetry, MeterRegistry metrics) {
        this.codec = codec;
        this.config = config;
        this.tracer = telemetry.getTracer("com.helpdesk.platform.inbox");
        this.metrics = metrics;
    }

    public Uni<Void> receive(String consumer, Message<byte[]> message,
            Function<EventEnvelope<HelpdeskEvent>, Uni<Void>> handler) {
        EventEnvelope<HelpdeskEvent> event;
        try {
            event = read(message);
        } catch (UnreadableEventException e) {
            LOG.warnf("%s cannot read a message, sending it to the dead-letter topic: %s", consumer, e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        Span span = processSpan(consumer, message, event);
        Scope current = span.makeCurrent();
        LogContext.enter(event);
        return Panache.withTransaction(() -> firstDelivery(consumer, event)
                .chain(first -> first ? handler.apply(event).replaceWith(true) : Uni.createFrom().item(false)))
                .invoke(first -> countRedelivery(consumer, first))
                .onFailure(failure -> !stopping).retry()
                .withBackOff(config.initialBackOff(), config.maxBackOff()).atMost(config.attempts() - 1L)
                .onItemOrFailure().transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    if (stopping) {
                        // the database is going away with the service, the event is fine: neither acknowledged nor
                        // dead-lettered, its offset stays uncommitted and the partition's next owner applies it
                        LOG.warnf("%s could not finish %s %s while the service stops; left to the partition's next "
                                + "owner: %s", consumer, event.type(), event.id(), failure.getMessage());
                        span.setStatus(StatusCode.ERROR, "left unacknowledged at shutdown");
                        return Uni.createFrom().voidItem();
                    }
                    LOG.errorf(failure, "%s failed on %s %s; sending it to the dead-letter topic", consumer,
                            event.type(), event.id());
                    span.recordException(failure).setStatus(StatusCode.ERROR, "dead-lettered");
                    return Uni.createFrom().completionStage(message.nack(failure));
                })
                .onTermination().invoke(() -> {
                    LogContext.leave();
                    span.end();
                    current.close();
                });
    }

    /** From here on a failure is the shutdown's, not the event's. */
    void stopping(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * Counted after the commit, as {@code helpdesk_inbox_redelivered_total{consumer}}: redeliveries are expected
     * after a crash (offsets not yet committed), but a clean shutdown or rebalance commits first and leaves none.
     */
    private void countRedelivery(String consumer, boolean first) {
        if (!first) {
            metrics.counter("helpdesk.inbox.redelivered", "consumer", consumer).increment();
        }
    }

    /** The handling's span, beside the receive span SmallRye Kafka ends as soon as the record is polled. */
    private Span processSpan(String consumer, Message<byte[]> message, EventEnvelope<HelpdeskEvent> event) {
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class).map(kafka -> kafka.getTopic()).orElse("");
        return tracer.spanBuilder(topic + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("helpdesk.event_type", event.type())
                .startSpan();
    }

    private EventEnvelope<HelpdeskEvent> read(Message<byte[]> message) {
        var kafka = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new UnreadableEventException("not a Kafka record: no headers to read"));
        return CloudEventHeaders.read(kafka.getHeaders(), message.getPayload(), codec);
    }

    private Uni<Boolean> firstDelivery(String consumer, EventEnvelope<HelpdeskEvent> event) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MARK)
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("eventType", event.type())
                .setParameter("subject", event.subject())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
