package com.helpdesk.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.CloudEventHeaders;
import com.helpdesk.events.EventCodec;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.TicketReopened;
import com.helpdesk.platform.fixture.AppliedEvent;
import com.helpdesk.platform.fixture.RecordingConsumer;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.platform.testing.TopicRecorder;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class InboxTest {

    private static final String TOPIC = "platform-test.inbox";
    private final EventCodec codec = new EventCodec();

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    MeterRegistry metrics;

    private TopicPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new TopicPublisher(kafka.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    @Test
    void appliesARedeliveredEventOnceAndCountsTheRedelivery() {
        double redeliveredBefore = redelivered();
        var event = reopened();
        send(event, codec.typeOf(event.data()));
        send(event, codec.typeOf(event.data()));
        var marker = reopened();
        send(marker, codec.typeOf(marker.data()));

        // the marker comes after both copies on the same key: once it is applied, both copies were seen
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(marker.subject()) == 1);
        assertThat(applied(event.subject())).isEqualTo(1);
        assertThat(inboxMarks(event.id())).isEqualTo(1);
        assertThat(redelivered() - redeliveredBefore).isEqualTo(1);
    }

    @Test
    void parksAnUnreadableEventOnTheDeadLetterTopicAndGoesOn() {
        var unreadable = reopened();
        send(unreadable, "helpdesk.ticket.teleported.v1");
        var next = reopened();
        send(next, codec.typeOf(next.data()));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(next.subject()) == 1);
        assertThat(applied(unreadable.subject())).isZero();
        try (var deadLetters = new TopicRecorder(kafka.bootstrapServers(), TOPIC + ".dlq")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records().stream()
                    .anyMatch(r -> unreadable.subject().equals(r.key())));
        }
    }

    private EventEnvelope<TicketReopened> reopened() {
        return EventEnvelope.first(URI.create("/helpdesk/platform-test"), UUID.randomUUID().toString(), 7,
                "user:test", UUID.randomUUID(), new TicketReopened("customer replied"));
    }

    /** Sends on one partition so the order of the copies and the marker is the order of arrival. */
    private void send(EventEnvelope<?> event, String type) {
        var headers = new java.util.LinkedHashMap<>(CloudEventHeaders.of(event, codec));
        headers.put(CloudEventHeaders.TYPE, type);
        publisher.send(TOPIC, 0, event, headers);
    }

    private double redelivered() {
        return metrics.counter("helpdesk.inbox.redelivered", "consumer", RecordingConsumer.CONSUMER).count();
    }

    private long applied(String subject) {
        return ReactiveDatabase.inSession(() -> AppliedEvent.count("subject", subject));
    }

    private long inboxMarks(UUID eventId) {
        return ReactiveDatabase.inSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                        "select count(*) from platform_inbox where event_id = :id", Long.class)
                        .setParameter("id", eventId).getSingleResult()));
    }
}
