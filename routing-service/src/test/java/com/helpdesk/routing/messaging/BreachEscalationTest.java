package com.helpdesk.routing.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.Topic;
import com.helpdesk.events.routing.AssignedTicketBreached;
import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.AssignmentSource;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.events.ticket.TicketEscalated;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.platform.testing.TopicRecorder;
import com.helpdesk.routing.Desk;
import com.helpdesk.routing.TicketStream;
import com.helpdesk.routing.domain.Presence;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code helpdesk.routing.breach.reassign-to-l2=true}, an SLA breach on an assigned L1 ticket asks for
 * escalation to L2; when ticket-service carries it out (its {@code TicketEscalated}), the L1 agent is freed and
 * an L2 agent gets the ticket. The breach of a ticket already at L2 is only reported.
 */
@QuarkusTest
@TestProfile(BreachEscalationTest.ReassignToL2.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class BreachEscalationTest {

    public static class ReassignToL2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("helpdesk.routing.breach.reassign-to-l2", "true");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final URI SLA_SERVICE = URI.create("/helpdesk/sla-service");

    @InjectKafkaBroker
    KafkaBroker kafka;

    @InjectTopicPublisher
    TopicPublisher publisher;
    private TopicRecorder routingEvents;

    @BeforeEach
    void connect() {
        routingEvents = new TopicRecorder(kafka.bootstrapServers(), Topic.ROUTING.topicName());
    }

    @AfterEach
    void disconnect() {
        routingEvents.close();
    }

    @Test
    void aBreachWithAnL1AgentAsksForL2AndTheEscalationRoutesToAnL2Agent() {
        Desk desk = new Desk("printing");
        String ivan = desk.agent("ivan", SupportLine.L1, 3, Presence.ONLINE, Set.of("en"), Map.of(desk.all("printing"), 2));
        String olga = desk.agent("olga", SupportLine.L2, 3, Presence.ONLINE, Set.of("en"), Map.of(desk.all("printing"), 5));
        TicketStream ticket = new TicketStream();
        publisher.publish(ticket.created(desk.category("printing", "toner"), "en", Priority.P2));
        AssignmentDecided toIvan = (AssignmentDecided) awaitLast(ticket.id(), AssignmentDecided.class);
        assertThat(toIvan.agentId()).isEqualTo(ivan);
        publisher.publish(ticket.next(new TicketAssigned(ivan, desk.team(), SupportLine.L1, AssignmentSource.ROUTING,
                toIvan.decisionId())));
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        publisher.publish(breach(ticket, due));

        AssignedTicketBreached breached = (AssignedTicketBreached) awaitLast(ticket.id(), AssignedTicketBreached.class);
        assertThat(breached.agentId()).isEqualTo(ivan);
        assertThat(breached.line()).isEqualTo(SupportLine.L1);
        assertThat(breached.escalateTo()).isEqualTo(SupportLine.L2);
        assertThat(breached.reason()).isEqualTo("resolution SLA breached while with " + ivan + "; escalation to L2 requested");

        // ticket-service acts on the request; routing then does what it does for every escalation
        publisher.publish(ticket.next(new TicketEscalated(SupportLine.L1, SupportLine.L2, breached.reason())));

        AssignmentDecided toOlga = (AssignmentDecided) awaitLast(ticket.id(), AssignmentDecided.class);
        assertThat(toOlga.agentId()).isEqualTo(olga);
        assertThat(toOlga.line()).isEqualTo(SupportLine.L2);
        assertThat(Desk.load(ivan)).isZero();
        assertThat(Desk.load(olga)).isEqualTo(1);

        // at L2 already: reported, nothing further asked
        publisher.publish(breach(ticket, due.plusSeconds(60)));
        await().atMost(PATIENCE).until(() -> published(ticket.id()).stream()
                .filter(AssignedTicketBreached.class::isInstance).count() == 2);
        assertThat((AssignedTicketBreached) awaitLast(ticket.id(), AssignedTicketBreached.class))
                .satisfies(second -> {
                    assertThat(second.agentId()).isEqualTo(olga);
                    assertThat(second.escalateTo()).isNull();
                });
    }

    private static EventEnvelope<SlaBreached> breach(TicketStream ticket, Instant due) {
        return EventEnvelope.first(SLA_SERVICE, ticket.id().toString(), 1, "service:sla-service", UUID.randomUUID(),
                new SlaBreached(SlaTarget.RESOLUTION, due));
    }

    /** The ticket's latest routing event, once it is of the given type. */
    private HelpdeskEvent awaitLast(UUID ticketId, Class<? extends HelpdeskEvent> type) {
        await().atMost(PATIENCE).until(() -> {
            List<HelpdeskEvent> events = published(ticketId);
            return !events.isEmpty() && type.isInstance(events.get(events.size() - 1));
        });
        List<HelpdeskEvent> events = published(ticketId);
        return events.get(events.size() - 1);
    }

    private List<HelpdeskEvent> published(UUID ticketId) {
        return routingEvents.events(ticketId.toString()::equals).stream().map(EventEnvelope::data)
                .map(HelpdeskEvent.class::cast).toList();
    }
}
