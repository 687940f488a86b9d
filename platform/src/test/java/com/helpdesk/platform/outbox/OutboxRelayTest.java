package com.helpdesk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.Topic;
import com.helpdesk.events.ticket.TicketPendingCustomer;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicRecorder;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class OutboxRelayTest {

    private static final URI SOURCE = URI.create("/helpdesk/platform-test");

    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    ObjectMapper json;
    @Inject
    MeterRegistry metrics;
    @Inject
    OpenTelemetry telemetry;

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    void publishesEachKeysEventsInOrderWithCloudEventsHeaders() {
        List<String> tickets = tickets(3);
        enqueueInterleaved(tickets, 20);

        try (var topic = new TopicRecorder(kafka.bootstrapServers(), Topic.TICKET.topicName())) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> topic.events(tickets::contains).size() >= 60);
            var received = topic.events(tickets::contains);
            assertThat(versionsByTicket(received)).allSatisfy((ticket, versions) ->
                    assertThat(versions).containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList()));
            var headers = topic.records().stream().filter(r -> tickets.contains(r.key())).findFirst().orElseThrow().headers();
            assertThat(headers.lastHeader("ce_type").value()).asString().isEqualTo("helpdesk.ticket.pending-customer.v1");
            assertThat(headers.lastHeader("ce_source").value()).asString().isEqualTo(SOURCE.toString());
            assertThat(headers.lastHeader("ce_subject").value()).asString().isIn(tickets);
        }
    }

    @Test
    void keepsAcceptingWhileKafkaIsDownAndPublishesEverythingInOrderWhenItReturns() {
        List<String> tickets = tickets(4);
        kafka.stop();
        try {
            enqueueInterleaved(tickets, 25);
            assertThat(pendingFor(tickets)).isEqualTo(100);
        } finally {
            kafka.start();
        }

        try (var topic = new TopicRecorder(kafka.bootstrapServers(), Topic.TICKET.topicName())) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> topic.events(tickets::contains).size() >= 100);
            var received = topic.events(tickets::contains);
            // at least once: a batch whose acknowledgement was lost may come twice, but first deliveries keep order
            assertThat(versionsByTicket(received)).allSatisfy((ticket, versions) ->
                    assertThat(versions.stream().distinct().toList())
                            .containsExactlyElementsOf(LongStream.rangeClosed(1, 25).boxed().toList()));
            assertThat(received.stream().map(EventEnvelope::id).collect(Collectors.toSet())).hasSize(100);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingFor(tickets) == 0);
    }

    @Test
    void twoRelaysNeitherReorderNorSkipNorDuplicateEvents() throws Exception {
        var replica = new OutboxRelay(dataSource, config, json, metrics, telemetry, kafka.bootstrapServers(), "platform-test-replica");
        var writing = new AtomicBoolean(true);
        var racer = Executors.newSingleThreadExecutor();
        Future<?> racing = racer.submit(() -> {
            while (writing.get()) {
                replica.relay();
            }
        });
        List<String> tickets = tickets(5);
        try {
            enqueueInterleaved(tickets, 40);
        } finally {
            writing.set(false);
            racing.get(30, TimeUnit.SECONDS);
            racer.shutdown();
            replica.stop(null);
        }

        try (var topic = new TopicRecorder(kafka.bootstrapServers(), Topic.TICKET.topicName())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.events(tickets::contains).size() >= 200);
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingFor(tickets) == 0);
            // with Kafka healthy nothing is retried, so each shard's lock leaves no room for a second copy
            assertThat(versionsByTicket(topic.events(tickets::contains))).allSatisfy((ticket, versions) ->
                    assertThat(versions).containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList()));
        }
    }

    /** Each version in its own transaction, tickets interleaved, as concurrent requests would write them. */
    private void enqueueInterleaved(List<String> tickets, int versions) {
        for (int version = 1; version <= versions; version++) {
            for (String ticket : tickets) {
                var event = EventEnvelope.first(SOURCE, ticket, version, "user:test", UUID.randomUUID(),
                        new TicketPendingCustomer("waiting for logs, round " + version));
                ReactiveDatabase.inTransaction(() -> outbox.enqueue(event));
            }
        }
    }

    private long pendingFor(List<String> tickets) {
        return ReactiveDatabase.inSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                        "select count(*) from platform_outbox where published_at is null and message_key in (:keys)",
                        Long.class).setParameter("keys", tickets).getSingleResult()));
    }

    private static Map<String, List<Long>> versionsByTicket(List<EventEnvelope<HelpdeskEvent>> events) {
        return events.stream().collect(Collectors.groupingBy(EventEnvelope::subject,
                Collectors.mapping(EventEnvelope::streamVersion, Collectors.toList())));
    }

    private static List<String> tickets(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
    }
}
