package com.helpdesk.platform.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.helpdesk.events.Causation;
import com.helpdesk.events.CloudEventHeaders;
import com.helpdesk.events.EventCodec;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;

/**
 * Puts events on the real broker the way another service's outbox relay would (key = subject,
 * CloudEvents headers), so a consumer can be tested without that service running.
 */
public final class TopicPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final EventCodec codec = new EventCodec();

    public TopicPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes on the event's own topic and waits for the broker's acknowledgement. */
    public void publish(EventEnvelope<?> event) {
        send(event.topic().topicName(), null, event, CloudEventHeaders.of(event, codec));
    }

    /** Publishes {@code event} about {@code ticket} as {@code service} would: see {@link #asPublishedBy}. */
    public void publishAs(String service, String ticket, HelpdeskEvent event) {
        publish(asPublishedBy(service, ticket, event));
    }

    /** The envelope {@code service}'s relay would send: its source and actor, a new causal chain, version 1. */
    public static <E extends HelpdeskEvent> EventEnvelope<E> asPublishedBy(String service, String ticket, E event) {
        return EventEnvelope.of(URI.create("/helpdesk/" + service), ticket, 1,
                Causation.startedBy("service:" + service), event);
    }

    /**
     * Publishes on {@code topic} (and {@code partition}, if not null) with the given headers — e.g. a
     * forged {@code ce_type} to test what a consumer does with an event it cannot read.
     */
    public void send(String topic, Integer partition, EventEnvelope<?> event, Map<String, String> headers) {
        var record = new ProducerRecord<>(topic, partition, event.subject(), codec.encode(event.data()));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take " + event.type(), e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
