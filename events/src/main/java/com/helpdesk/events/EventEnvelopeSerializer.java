package com.helpdesk.events;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes an envelope as {@link CloudEventHeaders} plus the JSON of its data as the record value.
 * For services that produce directly; the outbox relay instead copies the stored headers and JSON.
 */
public class EventEnvelopeSerializer implements Serializer<EventEnvelope<?>> {

    private final EventCodec codec;

    public EventEnvelopeSerializer() {
        this(new EventCodec());
    }

    public EventEnvelopeSerializer(EventCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** Always fails: without headers the type and context of the event would be lost. */
    @Override
    public byte[] serialize(String topic, EventEnvelope<?> envelope) {
        throw new UnsupportedOperationException(
                "an event envelope travels in CloudEvents headers; call serialize(topic, headers, envelope)");
    }

    @Override
    public byte[] serialize(String topic, Headers headers, EventEnvelope<?> envelope) {
        if (envelope == null) {
            return null;
        }
        CloudEventHeaders.of(envelope, codec)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return codec.encode(envelope.data());
    }
}
