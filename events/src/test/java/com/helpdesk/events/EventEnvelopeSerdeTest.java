package com.helpdesk.events;

import com.helpdesk.events.ticket.TicketCreated;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopeSerdeTest {

    private static final EventCodec codec = new EventCodec();
    private static final URI SOURCE = URI.create("/helpdesk/test");
    private static final String SUBJECT = "0b5f1c2e-8d4a-4f7e-9c1b-3a2d5e6f7a8b";

    private final EventEnvelopeSerializer serializer = new EventEnvelopeSerializer();
    private final EventEnvelopeDeserializer deserializer = new EventEnvelopeDeserializer();

    static Stream<Named<HelpdeskEvent>> samples() {
        return SampleEvents.all().stream().map(event -> Named.of(codec.typeOf(event), event));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void envelopesSurviveTheWire(HelpdeskEvent sample) {
        EventEnvelope<HelpdeskEvent> cause = EventEnvelope.first(SOURCE, SUBJECT, 1, "user-42", UUID.randomUUID(), sample);
        EventEnvelope<HelpdeskEvent> effect = EventEnvelope.caused(cause, SOURCE, SUBJECT, 2, "service:test", sample);

        assertThat(roundTrip(cause)).isEqualTo(cause);
        assertThat(roundTrip(effect)).isEqualTo(effect);
    }

    @Test
    void refusesToWorkWithoutHeaders() {
        EventEnvelope<HelpdeskEvent> envelope = EventEnvelope.first(SOURCE, SUBJECT, 1, "user-42", UUID.randomUUID(),
                SampleEvents.all().stream().filter(TicketCreated.class::isInstance).findFirst().orElseThrow());

        assertThatThrownBy(() -> serializer.serialize(Topic.TICKET.topicName(), envelope))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("headers");
        assertThatThrownBy(() -> deserializer.deserialize(Topic.TICKET.topicName(), new byte[] {'{', '}'}))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("headers");
    }

    @Test
    void passesNullThroughLikeKafkasOwnSerializers() {
        Headers headers = new RecordHeaders();

        assertThat(serializer.serialize(Topic.TICKET.topicName(), headers, null)).isNull();
        assertThat(headers.toArray()).isEmpty();
        assertThat(deserializer.deserialize(Topic.TICKET.topicName(), headers, (byte[]) null)).isNull();
    }

    private EventEnvelope<HelpdeskEvent> roundTrip(EventEnvelope<?> envelope) {
        String topic = envelope.topic().topicName();
        Headers headers = new RecordHeaders();
        byte[] value = serializer.serialize(topic, headers, envelope);
        return deserializer.deserialize(topic, headers, value);
    }
}
