package com.helpdesk.events;

import com.helpdesk.events.sla.SlaPaused;
import com.helpdesk.events.ticket.TicketPendingCustomer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopeTest {

    private static final URI TICKET_SERVICE = URI.create("/helpdesk/ticket-service");
    private static final URI SLA_SERVICE = URI.create("/helpdesk/sla-service");
    private static final String TICKET_ID = "0b5f1c2e-8d4a-4f7e-9c1b-3a2d5e6f7a8b";

    @Test
    void firstStartsACausalChain() {
        UUID correlationId = UUID.randomUUID();

        EventEnvelope<TicketPendingCustomer> first = EventEnvelope.first(
                TICKET_SERVICE, TICKET_ID, 3, "agent-ivanova", correlationId, new TicketPendingCustomer("logs"));

        assertThat(first.correlationId()).isEqualTo(correlationId);
        assertThat(first.causationId()).isNull();
        assertThat(first.type()).isEqualTo("helpdesk.ticket.pending-customer.v1");
        assertThat(first.topic()).isEqualTo(Topic.TICKET);
    }

    @Test
    void causedContinuesTheChainOfItsCause() {
        EventEnvelope<TicketPendingCustomer> cause = EventEnvelope.first(
                TICKET_SERVICE, TICKET_ID, 3, "agent-ivanova", UUID.randomUUID(), new TicketPendingCustomer("logs"));

        EventEnvelope<SlaPaused> effect = EventEnvelope.caused(
                cause, SLA_SERVICE, TICKET_ID, 3, "service:sla", new SlaPaused(cause.time(), "pending customer"));

        assertThat(effect.id()).isNotEqualTo(cause.id());
        assertThat(effect.correlationId()).isEqualTo(cause.correlationId());
        assertThat(effect.causationId()).isEqualTo(cause.id());
        assertThat(effect.topic()).isEqualTo(Topic.SLA);
    }

    @Test
    void aCausationPlacesTheEventInItsChain() {
        EventEnvelope<TicketPendingCustomer> request = EventEnvelope.of(URI.create("/helpdesk/ticket-service"), "t-1", 3,
                Causation.startedBy("user:ivan"), new TicketPendingCustomer("logs"));
        assertThat(request.causationId()).isNull();
        assertThat(request.actor()).isEqualTo("user:ivan");

        EventEnvelope<SlaPaused> reaction = EventEnvelope.of(URI.create("/helpdesk/sla-service"), "t-1", 3,
                Causation.reactingTo(request, "service:sla-service"), new SlaPaused(request.time(), "pending"));
        assertThat(reaction.correlationId()).isEqualTo(request.correlationId());
        assertThat(reaction.causationId()).isEqualTo(request.id());
        assertThat(reaction.actor()).isEqualTo("service:sla-service");
        assertThatThrownBy(() -> new Causation(null, UUID.randomUUID(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsTimeAtMicrosecondsLikePostgres() {
        EventEnvelope<TicketPendingCustomer> envelope = envelope(Instant.parse("2026-03-02T09:15:30.123456789Z"));

        assertThat(envelope.time()).isEqualTo(Instant.parse("2026-03-02T09:15:30.123456Z"));
    }

    @Test
    void requiresTheContextAttributes() {
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), TICKET_SERVICE, TICKET_ID, Instant.now(), 1,
                UUID.randomUUID(), null, null, new TicketPendingCustomer(null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), TICKET_SERVICE, TICKET_ID, Instant.now(), -1,
                UUID.randomUUID(), null, "agent-ivanova", new TicketPendingCustomer(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("streamVersion");
    }

    @Test
    void rejectsPayloadsThatAreNoEventRecord() {
        HelpdeskEvent stray = new HelpdeskEvent() {
        };

        assertThatThrownBy(() -> EventEnvelope.first(TICKET_SERVICE, TICKET_ID, 1, "agent-ivanova", UUID.randomUUID(), stray))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@EventType");
    }

    private static EventEnvelope<TicketPendingCustomer> envelope(Instant time) {
        return new EventEnvelope<>(UUID.randomUUID(), TICKET_SERVICE, TICKET_ID, time, 3, UUID.randomUUID(), null,
                "agent-ivanova", new TicketPendingCustomer("logs"));
    }
}
