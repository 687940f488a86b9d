package com.helpdesk.sla.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.Topic;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.platform.testing.TopicRecorder;
import com.helpdesk.sla.SlaFixtures;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;

/** The durable timer over the real database and broker. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class DeadlineTimerTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    SlaClocks clocks;

    @Inject
    DeadlineScanner scanner;

    /**
     * A ticket filed six days ago whose events arrive only now — the service was down, or lagging — has both
     * targets overdue: each is warned about and breached at once, exactly once, in order.
     */
    @Test
    void deadlinesThatPassedWhileDownFireAtOnceAndOnlyOnce() {
        UUID ticketId = UUID.randomUUID();
        Instant filed = Instant.now().minus(Duration.ofDays(6)).truncatedTo(ChronoUnit.MICROS); // as the envelope keeps it

        try (var publisher = new TopicPublisher(kafka.bootstrapServers());
                var sla = new TopicRecorder(kafka.bootstrapServers(), Topic.SLA.topicName())) {
            publisher.publish(SlaFixtures.created(ticketId, filed));

            await().atMost(Duration.ofSeconds(30)).until(() -> sla.events(ticketId.toString()::equals).size() >= 5);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> sla.events(ticketId.toString()::equals).size() == 5);
            List<HelpdeskEvent> announced = sla.events(ticketId.toString()::equals).stream()
                    .map(EventEnvelope::data).toList();
            assertThat(announced.get(0)).isInstanceOf(SlaDeadlinesSet.class);
            assertThat(announced.subList(1, 5)).containsExactlyInAnyOrder(
                    new SlaWarning(SlaTarget.FIRST_RESPONSE, filed.plus(Duration.ofHours(24)), 80),
                    new SlaBreached(SlaTarget.FIRST_RESPONSE, filed.plus(Duration.ofHours(24))),
                    new SlaWarning(SlaTarget.RESOLUTION, filed.plus(Duration.ofDays(5)), 80),
                    new SlaBreached(SlaTarget.RESOLUTION, filed.plus(Duration.ofDays(5))));
            assertThat(announced.indexOf(new SlaWarning(SlaTarget.RESOLUTION, filed.plus(Duration.ofDays(5)), 80)))
                    .isLessThan(announced.indexOf(new SlaBreached(SlaTarget.RESOLUTION, filed.plus(Duration.ofDays(5)))));
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("helpdesk_sla_fired_total{event=\"breached\",target=\"RESOLUTION\"}"));
    }

    /**
     * The timer is down (as when the service is stopped) while a deadline passes: nothing fires; once it starts
     * again, its first pass fires what was missed, from the durable state alone.
     */
    @Test
    void aDeadlineThatPassedWhileTheTimerWasDownFiresOnStart() {
        UUID ticketId = UUID.randomUUID();
        scanner.stop(null);
        try {
            ReactiveDatabase.inTransaction(() -> clocks.react(
                    SlaFixtures.created(ticketId, Instant.now().minus(Duration.ofDays(6)))));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                    .until(() -> firedTimes(List.of(ticketId)).isEmpty());
        } finally {
            scanner.start(null);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> firedTimes(List.of(ticketId)).size() == 4);
    }

    /**
     * Three replicas — the scheduler and two more scanners racing it — fire a hundred overdue clocks: every
     * warning and breach exactly once.
     */
    @Test
    void replicasSharingTheTimerNeverFireTwice() throws Exception {
        Instant filed = Instant.now().minus(Duration.ofDays(6));
        List<UUID> tickets = IntStream.range(0, 100).mapToObj(i -> UUID.randomUUID()).toList();
        ReactiveDatabase.inTransaction(() -> Multi.createFrom().iterable(tickets)
                .onItem().transformToUniAndConcatenate(id -> clocks.react(SlaFixtures.created(id, filed)))
                .collect().last());

        var replicas = Executors.newFixedThreadPool(2);
        try {
            var scanners = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.runAsync(() -> {
                while (ReactiveDatabase.inSession(() -> clocks.fireDue(Instant.now(), 7)) > 0) {
                    // keep claiming until nothing is left for this replica
                }
            }, replicas)).toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(scanners).get();
        } finally {
            replicas.shutdown();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> firedTimes(tickets).size() == 400);
        assertThat(firedTimes(tickets)).allMatch(times -> times == 1);
    }

    /** How often each (ticket, target, warning-or-breach) fired. */
    private static List<Long> firedTimes(List<UUID> tickets) {
        return ReactiveDatabase.inSession(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                select count(*) from sla_transition
                where ticket_id = any(:tickets) and kind in ('Warned', 'Breached')
                group by ticket_id, kind, change->>'target'""", Long.class)
                .setParameter("tickets", tickets.toArray(UUID[]::new))
                .getResultList()));
    }
}
