package com.helpdesk.events;

import com.helpdesk.events.routing.QueuePriorityRaised;
import com.helpdesk.events.ticket.TicketClosed;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventHeadersTest {

    private static final EventCodec codec = new EventCodec();

    private final EventEnvelope<TicketClosed> closed = new EventEnvelope<>(
            UUID.fromString("6f1c0d3e-5b8a-4c2f-9e7d-1a2b3c4d5e6f"), URI.create("/helpdesk/ticket-service"),
            "0b5f1c2e-8d4a-4f7e-9c1b-3a2d5e6f7a8b", Instant.parse("2026-03-02T09:15:30.123456Z"), 7,
            UUID.fromString("c0ffee00-0000-4000-8000-000000000001"), UUID.fromString("c0ffee00-0000-4000-8000-000000000002"),
            "user-42", new TicketClosed("customer confirmed"));

    @Test
    void mapsTheEnvelopeToHeadersInAFixedOrder() {
        assertThat(CloudEventHeaders.of(closed, codec)).containsExactly(
                entry("ce_specversion", "1.0"),
                entry("ce_id", "6f1c0d3e-5b8a-4c2f-9e7d-1a2b3c4d5e6f"),
                entry("ce_type", "helpdesk.ticket.closed.v1"),
                entry("ce_source", "/helpdesk/ticket-service"),
                entry("ce_subject", "0b5f1c2e-8d4a-4f7e-9c1b-3a2d5e6f7a8b"),
                entry("ce_time", "2026-03-02T09:15:30.123456Z"),
                entry("ce_streamversion", "7"),
                entry("ce_correlationid", "c0ffee00-0000-4000-8000-000000000001"),
                entry("ce_causationid", "c0ffee00-0000-4000-8000-000000000002"),
                entry("ce_actor", "user-42"),
                entry("content-type", "application/json"));
    }

    @Test
    void omitsTheCausationOfAChainsFirstEvent() {
        EventEnvelope<QueuePriorityRaised> first = EventEnvelope.first(URI.create("/helpdesk/routing-service"),
                closed.subject(), 0, "service:routing", UUID.randomUUID(), new QueuePriorityRaised("it-support", null, null, null));

        assertThat(CloudEventHeaders.of(first, codec)).doesNotContainKey(CloudEventHeaders.CAUSATION_ID);
        assertThat(read(headersOf(first), first.data())).isEqualTo(first);
    }

    @Test
    void readsBackWhatTheOutboxStored() {
        assertThat(read(headersOf(closed), closed.data())).isEqualTo(closed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
            "ce_streamversion", "ce_correlationid", "ce_actor"})
    void namesAMissingHeader(String name) {
        Headers headers = headersOf(closed);
        headers.remove(name);

        assertThatThrownBy(() -> read(headers, closed.data()))
                .isExactlyInstanceOf(UnreadableEventException.class)
                .hasMessage("missing header " + name);
    }

    @ParameterizedTest
    @CsvSource({
            "ce_id, 42",
            "ce_source, ' not a uri'",
            "ce_time, yesterday",
            "ce_streamversion, seven",
            "ce_streamversion, -1",
            "ce_correlationid, ''",
            "ce_causationid, none"})
    void namesAnInvalidHeader(String name, String value) {
        Headers headers = headersOf(closed);
        headers.remove(name);
        headers.add(name, value.getBytes(UTF_8));

        assertThatThrownBy(() -> read(headers, closed.data()))
                .isExactlyInstanceOf(UnreadableEventException.class)
                .hasMessageStartingWith("invalid header " + name);
    }

    @Test
    void rejectsOtherCloudEventsVersions() {
        Headers headers = headersOf(closed);
        headers.remove(CloudEventHeaders.SPEC_VERSION);
        headers.add(CloudEventHeaders.SPEC_VERSION, "0.3".getBytes(UTF_8));

        assertThatThrownBy(() -> read(headers, closed.data()))
                .isExactlyInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("ce_specversion");
    }

    @Test
    void reportsAnUnknownTypeAsSuch() {
        Headers headers = headersOf(closed);
        headers.remove(CloudEventHeaders.TYPE);
        headers.add(CloudEventHeaders.TYPE, "helpdesk.ticket.closed.v2".getBytes(UTF_8));

        assertThatThrownBy(() -> read(headers, closed.data()))
                .isInstanceOfSatisfying(UnknownEventTypeException.class,
                        e -> assertThat(e.type()).isEqualTo("helpdesk.ticket.closed.v2"));
    }

    private static Headers headersOf(EventEnvelope<?> envelope) {
        Headers headers = new RecordHeaders();
        for (Map.Entry<String, String> header : CloudEventHeaders.of(envelope, codec).entrySet()) {
            headers.add(header.getKey(), header.getValue().getBytes(UTF_8));
        }
        return headers;
    }

    private static EventEnvelope<HelpdeskEvent> read(Headers headers, HelpdeskEvent data) {
        return CloudEventHeaders.read(headers, codec.encode(data), codec);
    }
}
