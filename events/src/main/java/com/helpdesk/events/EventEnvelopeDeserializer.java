package com.helpdesk.events;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import java.util.Objects;

/**
 * Reads a record written by {@link EventEnvelopeSerializer} (or the outbox relay) back into an envelope.
 * Throws {@link UnreadableEventException} for records it cannot read, so the consumer's failure handling
 * can route them to its dead-letter topic.
 */
public class EventEnvelopeDeserializer implements Deserializer<EventEnvelope<HelpdeskEvent>> {

    private final EventCodec codec;

    public EventEnvelopeDeserializer() {
        this(new EventCodec());
    }

    public EventEnvelopeDeserializer(EventCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** Always fails: the event's type and context are in the headers. */
    @Override
    public EventEnvelope<HelpdeskEvent> deserialize(String topic, byte[] data) {
        throw new UnsupportedOperationException(
                "an event envelope travels in CloudEvents headers; call deserialize(topic, headers, data)");
    }

    /** A {@code null} value (tombstone) gives {@code null}, as Kafka's own deserializers do. */
    @Override
    public EventEnvelope<HelpdeskEvent> deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        return CloudEventHeaders.read(headers, data, codec);
    }
}
