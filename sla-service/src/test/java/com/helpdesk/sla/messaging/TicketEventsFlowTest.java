package com.helpdesk.sla.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.Topic;
import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaMet;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.Visibility;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.platform.testing.TopicRecorder;
import com.helpdesk.sla.SlaFixtures;
import com.helpdesk.sla.domain.SlaPolicy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Ticket events in over the real broker, SLA events out through the outbox, clocks in the real database. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class TicketEventsFlowTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    void aCreatedTicketGetsItsDeadlinesAtOnceAndAReplayChangesNothing() {
        UUID ticketId = UUID.randomUUID();
        var created = SlaFixtures.created(ticketId, Instant.now());

        try (var publisher = new TopicPublisher(kafka.bootstrapServers());
                var sla = new TopicRecorder(kafka.bootstrapServers(), Topic.SLA.topicName())) {
            publisher.publish(created);

            await().atMost(Duration.ofSeconds(30)).until(() -> !sla.events(ticketId.toString()::equals).isEmpty());
            var announced = sla.events(ticketId.toString()::equals).get(0);
            assertThat(announced.causationId()).isEqualTo(created.id());
            assertThat(announced.correlationId()).isEqualTo(created.correlationId());
            assertThat(announced.streamVersion()).isEqualTo(1);
            assertThat(announced.data()).isInstanceOfSatisfying(SlaDeadlinesSet.class, set -> {
                assertThat(set.policyId()).isEqualTo(SlaPolicy.DEFAULT.id());
                assertThat(set.calendarId()).isEqualTo("24x7");
                assertThat(set.firstResponseDue()).isEqualTo(created.time().plus(Duration.ofHours(24)));
                assertThat(set.resolutionDue()).isEqualTo(created.time().plus(Duration.ofDays(5)));
            });

            publisher.publish(created);
            publisher.publish(SlaFixtures.next(created, 2, new TicketCommented(UUID.randomUUID(), "agent-1",
                    AuthorRole.AGENT, Visibility.PUBLIC, "Looking into it", List.of())));

            await().atMost(Duration.ofSeconds(30)).until(() -> sla.events(ticketId.toString()::equals).size() >= 2);
            assertThat(sla.events(ticketId.toString()::equals)).extracting(EventEnvelope::data)
                    .hasSize(2)
                    .last().isInstanceOfSatisfying(SlaMet.class,
                            met -> assertThat(met.target()).isEqualTo(SlaTarget.FIRST_RESPONSE));
        }
        assertThat(transitions(ticketId)).containsExactly("DeadlinesSet", "Met", "Responded");
    }

    @Test
    void anEventFromAnotherSourceWithoutClockIsIgnored() {
        UUID ticketId = UUID.randomUUID();
        var created = SlaFixtures.created(ticketId, Instant.now());
        var comment = SlaFixtures.next(created, 2, new TicketCommented(UUID.randomUUID(), "agent-1", AuthorRole.AGENT,
                Visibility.PUBLIC, "hello", List.of()));
        try (var publisher = new TopicPublisher(kafka.bootstrapServers())) {
            publisher.publish(comment);
            publisher.publish(SlaFixtures.created(UUID.randomUUID(), Instant.now())); // a marker behind it
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(comment.id()));
        assertThat(transitions(ticketId)).isEmpty();
    }

    static List<String> transitions(UUID ticketId) {
        return ReactiveDatabase.inSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                "select kind from sla_transition where ticket_id = :id order by position", String.class)
                .setParameter("id", ticketId).getResultList()));
    }

    static boolean processed(UUID eventId) {
        return ReactiveDatabase.inSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                "select count(*) from platform_inbox where event_id = :id", Long.class)
                .setParameter("id", eventId).getSingleResult())) > 0;
    }
}
