package com.helpdesk.events;

import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketTagsChanged;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private static final EventCodec codec = new EventCodec();

    static Stream<Named<HelpdeskEvent>> samples() {
        return SampleEvents.all().stream().map(event -> Named.of(codec.typeOf(event), event));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void decodesWhatItEncodes(HelpdeskEvent sample) {
        assertThat(codec.decode(codec.typeOf(sample), codec.encode(sample))).isEqualTo(sample);
    }

    @Test
    void namesEventsByTheirAnnotation() {
        assertThat(codec.typeOf(TicketClosed.class)).isEqualTo("helpdesk.ticket.closed.v1");
        assertThat(codec.typeOf(new TicketClosed(null))).isEqualTo("helpdesk.ticket.closed.v1");
        assertThat(codec.knownTypes()).contains("helpdesk.ticket.pending-customer.v1", "helpdesk.sla.deadlines-set.v1");
    }

    @Test
    void writesNoNullsAndNoJavaNames() {
        assertThat(json(new TicketClosed(null))).isEqualTo("{}");
        assertThat(json(new TicketCreated("HD-1", new Requester(null, "a@example.com", null, null), "Help", null,
                Channel.WEB, null, Priority.P3, null, null, null, null, null, null, null, null)))
                .isEqualTo("""
                        {"number":"HD-1","requester":{"email":"a@example.com"},"subject":"Help","channel":"WEB",\
                        "priority":"P3","tags":[],"customFields":{}}""");
    }

    @Test
    void writesInstantsAsIsoStringsAndMapsInKeyOrder() {
        assertThat(json(new SlaBreached(SlaTarget.RESOLUTION, Instant.parse("2026-03-02T09:15:30.123456Z"))))
                .isEqualTo("{\"target\":\"RESOLUTION\",\"dueAt\":\"2026-03-02T09:15:30.123456Z\"}");
        assertThat(json(new TicketCreated("HD-1", new Requester("u", null, null, null), "Help", null, Channel.WEB,
                null, Priority.P3, null, null, Map.of("zone", "EU", "asset", "LT-1", "office", "Riga"),
                null, null, null, null, null)))
                .contains("\"customFields\":{\"asset\":\"LT-1\",\"office\":\"Riga\",\"zone\":\"EU\"}");
    }

    @Test
    void ignoresFieldsFromNewerProducers() {
        byte[] newer = "{\"reason\":\"done\",\"closedVia\":\"portal\",\"survey\":{\"sent\":true}}".getBytes(UTF_8);

        assertThat(codec.decode("helpdesk.ticket.closed.v1", newer)).isEqualTo(new TicketClosed("done"));
    }

    @Test
    void readsAbsentCollectionsAsEmpty() {
        assertThat(codec.decode("helpdesk.ticket.tags-changed.v1", "{}".getBytes(UTF_8)))
                .isEqualTo(new TicketTagsChanged(List.of(), List.of()));
    }

    @Test
    void rejectsUnknownTypesNamingThem() {
        assertThatThrownBy(() -> codec.decode("helpdesk.ticket.exploded.v1", "{}".getBytes(UTF_8)))
                .isInstanceOfSatisfying(UnknownEventTypeException.class,
                        e -> assertThat(e.type()).isEqualTo("helpdesk.ticket.exploded.v1"))
                .hasMessageContaining("helpdesk.ticket.exploded.v1");
    }

    @Test
    void rejectsMalformedJson() {
        assertThatThrownBy(() -> codec.decode("helpdesk.ticket.closed.v1", "{\"reason\":".getBytes(UTF_8)))
                .isExactlyInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("helpdesk.ticket.closed.v1");
        assertThatThrownBy(() -> codec.decode("helpdesk.ticket.closed.v1", "{} {}".getBytes(UTF_8)))
                .isExactlyInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> codec.decode("helpdesk.ticket.closed.v1", "null".getBytes(UTF_8)))
                .isExactlyInstanceOf(UnreadableEventException.class);
    }

    @Test
    void rejectsPayloadsMissingARequiredField() {
        assertThatThrownBy(() -> codec.decode("helpdesk.ticket.merged.v1", "{\"intoNumber\":\"HD-1\"}".getBytes(UTF_8)))
                .isExactlyInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("intoTicketId");
    }

    @Test
    void refusesToEncodeUnregisteredEvents() {
        HelpdeskEvent stray = new HelpdeskEvent() {
        };

        assertThatThrownBy(() -> codec.encode(stray)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String json(HelpdeskEvent event) {
        return new String(codec.encode(event), UTF_8);
    }
}
