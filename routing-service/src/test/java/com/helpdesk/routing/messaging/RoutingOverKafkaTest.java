package com.helpdesk.routing.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.Topic;
import com.helpdesk.events.routing.AssignedTicketBreached;
import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.events.routing.CandidateScore;
import com.helpdesk.events.routing.QueuePriorityRaised;
import com.helpdesk.events.routing.TicketQueued;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.events.ticket.AssignmentSource;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.events.ticket.TicketEscalated;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.TicketUnassigned;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.platform.testing.TopicRecorder;
import com.helpdesk.routing.Desk;
import com.helpdesk.routing.TicketStream;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.store.DecisionLog;
import com.helpdesk.routing.store.RouteState;
import com.helpdesk.routing.store.RoutedTicket;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Routing as the other services see it: ticket and SLA events in on the real broker, decisions out on
 * helpdesk.routing.events, state in the real database.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class RoutingOverKafkaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final URI SLA_SERVICE = URI.create("/helpdesk/sla-service");

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    DecisionLog log;

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
    void skillLanguageAndLineDecideWhoGetsATicketAndTheDecisionSaysWhy() {
        Desk desk = new Desk("billing");
        String ivan = desk.agent("ivan", SupportLine.L1, 5, Presence.ONLINE, Set.of("en"), Map.of(desk.all("billing"), 3));
        String rita = desk.agent("rita", SupportLine.L1, 5, Presence.ONLINE, Set.of("ru"), Map.of(desk.all("billing"), 5));
        String olga = desk.agent("olga", SupportLine.L2, 5, Presence.ONLINE, Set.of("en"), Map.of(desk.all("billing"), 5));
        desk.agent("hana", SupportLine.L1, 5, Presence.ONLINE, Set.of("en"), Map.of(desk.all("hr"), 5));

        TicketStream english = new TicketStream();
        TicketStream russian = new TicketStream();
        publisher.publish(english.created(desk.category("billing", "invoice"), "en", Priority.P3));
        publisher.publish(russian.created(desk.category("billing", "refund"), "ru", Priority.P3));

        AssignmentDecided toIvan = decided(english.id());
        assertThat(toIvan.agentId()).isEqualTo(ivan);
        assertThat(toIvan.team()).isEqualTo(desk.team());
        assertThat(toIvan.line()).isEqualTo(SupportLine.L1);
        assertThat(toIvan.candidates()).extracting(CandidateScore::agentId, CandidateScore::eligible, CandidateScore::note)
                .contains(tuple(rita, false, "does not speak en"))
                .noneMatch(candidate -> candidate.toList().contains(olga)); // another line is not even considered
        assertThat(decided(russian.id()).agentId()).isEqualTo(rita);

        List<DecisionLog.Entry> logged = ReactiveDatabase.inSession(() -> log.forTicket(english.id()));
        assertThat(logged).singleElement().satisfies(entry -> assertThat(entry.decision()).isEqualTo(toIvan));
    }

    @Test
    @TestSecurity(user = "sam", roles = "supervisor")
    void thirtyTicketsOverThreeEqualAgentsOfCapacityTenGiveTenEachAndTheThirtyFirstWaits() {
        Desk desk = new Desk("it");
        List<String> agents = List.of("a", "b", "c").stream().map(name -> desk.agent(name, SupportLine.L1, 10,
                Presence.ONLINE, Set.of("en"), Map.of(desk.all("it"), 3))).toList();

        List<UUID> tickets = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            TicketStream ticket = new TicketStream();
            tickets.add(ticket.id());
            publisher.publish(ticket.created(desk.category("it", "access"), "en", Priority.P3));
        }

        await().atMost(PATIENCE).until(() -> Desk.tickets(tickets).stream().filter(t -> t.state != null).count() == 31);
        assertThat(agents).extracting(Desk::load).containsExactly(10, 10, 10);
        List<RoutedTicket> routed = Desk.tickets(tickets);
        assertThat(routed).filteredOn(t -> t.state == RouteState.ASSIGNED).hasSize(30);
        // the partitions are consumed side by side, so whichever ticket came last to routing is the one that waits
        assertThat(routed).filteredOn(t -> t.state == RouteState.WAITING).hasSize(1);
        UUID last = routed.stream().filter(t -> t.state == RouteState.WAITING).findFirst().orElseThrow().ticketId;
        await().atMost(PATIENCE).until(() -> !decisions(last).isEmpty());
        assertThat(decisions(last)).singleElement().isInstanceOfSatisfying(TicketQueued.class,
                queued -> assertThat(queued.reason()).isEqualTo("none of 3 agents can take it now"));
        // 30 assignments in the last hour: one every 120 s, so the first in line waits about 120 s
        given().get("/api/v1/queues").then().statusCode(200)
                .body("find { it.team == '" + desk.team() + "' }.tickets[0].estimatedWaitSeconds", equalTo(120))
                .body("find { it.team == '" + desk.team() + "' }.estimatedWaitSeconds", equalTo(240));
    }

    @Test
    void aQueuedTicketGoesToTheAgentWhoseCapacityFrees() {
        Desk desk = new Desk("hr");
        String ivan = desk.agent("ivan", SupportLine.L1, 1, Presence.ONLINE, Set.of("en"), Map.of(desk.all("hr"), 2));
        TicketStream first = new TicketStream();
        TicketStream second = new TicketStream();
        publisher.publish(first.created(desk.category("hr", "leave"), "en", Priority.P3));
        assertThat(decided(first.id()).agentId()).isEqualTo(ivan);
        publisher.publish(second.created(desk.category("hr", "leave"), "en", Priority.P3));
        await().atMost(PATIENCE).until(() -> Desk.ticket(second.id()) != null
                && Desk.ticket(second.id()).state == RouteState.WAITING);

        publisher.publish(first.next(new TicketResolved("answered", "Leave booked", null)));

        assertThat(decided(second.id()).agentId()).isEqualTo(ivan);
        assertThat(Desk.ticket(first.id()).state).isEqualTo(RouteState.DONE);
        assertThat(Desk.load(ivan)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "sam", roles = "supervisor")
    void theQueueDrainsByPriorityThenEarliestSlaDeadlineWhenAnAgentComesOnline() {
        Desk desk = new Desk("payroll");
        String ivan = desk.agent("ivan", SupportLine.L1, 1, Presence.OFFLINE, Set.of("en"), Map.of(desk.all("payroll"), 2));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TicketStream late = new TicketStream();
        TicketStream soon = new TicketStream();
        TicketStream none = new TicketStream();
        TicketStream urgent = new TicketStream();
        // the SLA of "soon" is known before the ticket itself: events of two topics race
        publisher.publish(deadline(soon, now.plus(1, ChronoUnit.HOURS)));
        publisher.publish(none.created(desk.category("payroll", "slip"), "en", Priority.P3));
        publisher.publish(late.created(desk.category("payroll", "slip"), "en", Priority.P3));
        publisher.publish(deadline(late, now.plus(3, ChronoUnit.HOURS)));
        publisher.publish(soon.created(desk.category("payroll", "slip"), "en", Priority.P3));
        publisher.publish(urgent.created(desk.category("payroll", "slip"), "en", Priority.P2));
        publisher.publish(deadline(urgent, now.plus(5, ChronoUnit.HOURS)));

        List<UUID> expectedOrder = List.of(urgent.id(), soon.id(), late.id(), none.id());
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/v1/queues").then().statusCode(200)
                .body("find { it.team == '" + desk.team() + "' }.tickets.ticketId",
                        equalTo(expectedOrder.stream().map(UUID::toString).toList()))
                .body("find { it.team == '" + desk.team() + "' }.waiting", equalTo(4)));

        List<UUID> served = new ArrayList<>();
        given().contentType(ContentType.JSON).body("{\"presence\": \"online\"}").put("/api/v1/agents/" + ivan + "/presence")
                .then().statusCode(200).body("openTickets", equalTo(1));
        for (TicketStream ticket : List.of(urgent, soon, late, none)) {
            assertThat(decided(ticket.id()).agentId()).isEqualTo(ivan);
            served.add(ticket.id());
            publisher.publish(ticket.next(new TicketResolved("answered", null, null)));
        }
        assertThat(served).isEqualTo(expectedOrder);
    }

    @Test
    void anEscalationFromL1ToL2FreesTheL1AgentAndRoutesToAnL2Agent() {
        Desk desk = new Desk("network");
        String ivan = desk.agent("ivan", SupportLine.L1, 3, Presence.ONLINE, Set.of("en"), Map.of(desk.all("network"), 2));
        String olga = desk.agent("olga", SupportLine.L2, 3, Presence.ONLINE, Set.of("en"), Map.of(desk.all("network"), 5));
        TicketStream ticket = new TicketStream();
        publisher.publish(ticket.created(desk.category("network", "vpn"), "en", Priority.P2));
        AssignmentDecided first = decided(ticket.id());
        assertThat(first.agentId()).isEqualTo(ivan);
        publisher.publish(ticket.next(new TicketAssigned(ivan, desk.team(), SupportLine.L1, AssignmentSource.ROUTING,
                first.decisionId())));

        publisher.publish(ticket.next(new TicketEscalated(SupportLine.L1, SupportLine.L2, "needs a network engineer")));

        await().atMost(PATIENCE).until(() -> decisions(ticket.id()).size() == 2);
        assertThat(decisions(ticket.id()).get(1)).isInstanceOfSatisfying(AssignmentDecided.class, second -> {
            assertThat(second.agentId()).isEqualTo(olga);
            assertThat(second.line()).isEqualTo(SupportLine.L2);
        });
        assertThat(Desk.load(ivan)).isZero();
        assertThat(Desk.load(olga)).isEqualTo(1);
    }

    @Test
    void anUnassignedTicketGoesToSomeoneElse() {
        Desk desk = new Desk("travel");
        String ivan = desk.agent("ivan", SupportLine.L1, 3, Presence.ONLINE, Set.of("en"), Map.of(desk.all("travel"), 5));
        String rita = desk.agent("rita", SupportLine.L1, 3, Presence.ONLINE, Set.of("en"), Map.of(desk.all("travel"), 2));
        TicketStream ticket = new TicketStream();
        publisher.publish(ticket.created(desk.category("travel", "visa"), "en", Priority.P3));
        AssignmentDecided first = decided(ticket.id());
        assertThat(first.agentId()).isEqualTo(ivan);
        publisher.publish(ticket.next(new TicketAssigned(ivan, desk.team(), SupportLine.L1, AssignmentSource.ROUTING,
                first.decisionId())));

        publisher.publish(ticket.next(new TicketUnassigned(ivan, "going on leave")));

        await().atMost(PATIENCE).until(() -> decisions(ticket.id()).size() == 2);
        assertThat(decided(ticket.id()).agentId()).isEqualTo(rita);
        assertThat(Desk.load(ivan)).isZero();
        assertThat(Desk.load(rita)).isEqualTo(1);
    }

    @Test
    void aReplayedEventAppliesOnceAndAManualAssignmentCountsTowardLoad() {
        Desk desk = new Desk("sales");
        String ivan = desk.agent("ivan", SupportLine.L1, 2, Presence.AWAY, Set.of("en"), Map.of(desk.all("sales"), 2));
        TicketStream ticket = new TicketStream();
        EventEnvelope<?> created = ticket.created(desk.category("sales", "quote"), "en", Priority.P3);
        publisher.publish(created);
        publisher.publish(created);
        EventEnvelope<?> manual = ticket.next(new TicketAssigned(ivan, desk.team(), SupportLine.L1, AssignmentSource.MANUAL, null));
        publisher.publish(manual);
        publisher.publish(manual);

        await().atMost(PATIENCE).until(() -> Desk.ticket(ticket.id()) != null
                && Desk.ticket(ticket.id()).state == RouteState.ASSIGNED);
        TicketStream marker = new TicketStream(); // events of one ticket stay in order; a later one shows the replays were read
        publisher.publish(marker.created(desk.category("sales", "quote"), "en", Priority.P3));
        await().atMost(PATIENCE).until(() -> !decisions(marker.id()).isEmpty());
        assertThat(decisions(ticket.id())).singleElement().isInstanceOf(TicketQueued.class);
        assertThat(Desk.load(ivan)).isEqualTo(1);
        assertThat(Desk.ticket(ticket.id()).agentId).isEqualTo(ivan);
    }

    @Test
    void anSlaWarningMovesAWaitingTicketUpItsQueue() {
        Desk desk = new Desk("legal");
        desk.agent("ivan", SupportLine.L1, 1, Presence.OFFLINE, Set.of("en"), Map.of(desk.all("legal"), 2));
        TicketStream ticket = new TicketStream();
        publisher.publish(ticket.created(desk.category("legal", "contract"), "en", Priority.P3));
        await().atMost(PATIENCE).until(() -> !decisions(ticket.id()).isEmpty());

        publisher.publish(EventEnvelope.first(SLA_SERVICE, ticket.id().toString(), 1, "service:sla-service",
                UUID.randomUUID(), new SlaWarning(SlaTarget.FIRST_RESPONSE, Instant.now().plusSeconds(600), 80)));

        await().atMost(PATIENCE).until(() -> published(ticket.id()).stream().anyMatch(QueuePriorityRaised.class::isInstance));
        assertThat(Desk.ticket(ticket.id()).queuePriority).isEqualTo(Priority.P2);
        assertThat(published(ticket.id())).filteredOn(QueuePriorityRaised.class::isInstance).singleElement()
                .isInstanceOfSatisfying(QueuePriorityRaised.class, raised -> {
                    assertThat(raised.team()).isEqualTo(desk.team());
                    assertThat(raised.reason()).contains("P3 → P2");
                    assertThat(raised.from()).isEqualTo(Priority.P3);
                    assertThat(raised.to()).isEqualTo(Priority.P2);
                });
    }

    @Test
    void anSlaBreachOnAnAssignedTicketIsReportedWithoutAskingForEscalationByDefault() {
        Desk desk = new Desk("facilities");
        String ivan = desk.agent("ivan", SupportLine.L1, 3, Presence.ONLINE, Set.of("en"), Map.of(desk.all("facilities"), 2));
        TicketStream ticket = new TicketStream();
        publisher.publish(ticket.created(desk.category("facilities", "desk"), "en", Priority.P3));
        assertThat(decided(ticket.id()).agentId()).isEqualTo(ivan);
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        publisher.publish(EventEnvelope.first(SLA_SERVICE, ticket.id().toString(), 1, "service:sla-service",
                UUID.randomUUID(), new SlaBreached(SlaTarget.FIRST_RESPONSE, due)));

        await().atMost(PATIENCE).until(() -> published(ticket.id()).stream().anyMatch(AssignedTicketBreached.class::isInstance));
        assertThat(published(ticket.id())).filteredOn(AssignedTicketBreached.class::isInstance).singleElement()
                .isEqualTo(new AssignedTicketBreached(ivan, desk.team(), SupportLine.L1, SlaTarget.FIRST_RESPONSE, due,
                        null, "first response SLA breached while with " + ivan));
        assertThat(Desk.ticket(ticket.id()).agentId).isEqualTo(ivan); // routing does not take the ticket away itself
        assertThat(Desk.load(ivan)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "sam", roles = "supervisor")
    void aLimitPerChannelKeepsChatsWaitingWhileOtherChannelsStillFlowAndFreesPerChannel() {
        Desk desk = new Desk("support");
        String ivan = "ivan-" + desk.team();
        given().contentType(ContentType.JSON).body("""
                {"displayName": "Ivan", "languages": ["en"], "skills": [{"categories": "%s", "proficiency": 3}],
                 "line": "L1", "teams": ["%s"], "capacity": 5, "channelCapacity": {"chat": 1}}""".formatted(
                desk.all("support"), desk.team())).put("/api/v1/agents/" + ivan)
                .then().statusCode(201).body("channelCapacity.chat", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"presence\": \"online\"}").put("/api/v1/agents/" + ivan + "/presence")
                .then().statusCode(200);
        TicketStream firstChat = new TicketStream();
        TicketStream secondChat = new TicketStream();
        TicketStream mail = new TicketStream();
        publisher.publish(firstChat.created(Channel.CHAT, desk.category("support", "login"), "en", Priority.P3));
        assertThat(decided(firstChat.id()).agentId()).isEqualTo(ivan);
        publisher.publish(secondChat.created(Channel.CHAT, desk.category("support", "login"), "en", Priority.P3));
        publisher.publish(mail.created(Channel.EMAIL, desk.category("support", "login"), "en", Priority.P3));

        assertThat(decided(mail.id()).agentId()).isEqualTo(ivan);
        await().atMost(PATIENCE).until(() -> !decisions(secondChat.id()).isEmpty());
        assertThat(decisions(secondChat.id())).singleElement().isInstanceOfSatisfying(TicketQueued.class,
                queued -> assertThat(queued.candidates()).singleElement().extracting(CandidateScore::note)
                        .isEqualTo("at capacity for chat (1/1)"));
        given().get("/api/v1/agents/" + ivan).then().statusCode(200).body("openTickets", equalTo(2))
                .body("openByChannel.chat", equalTo(1)).body("openByChannel.email", equalTo(1));

        publisher.publish(firstChat.next(new TicketResolved("answered", null, null)));

        assertThat(decided(secondChat.id()).agentId()).isEqualTo(ivan);
        given().get("/api/v1/agents/" + ivan).then().statusCode(200).body("openTickets", equalTo(2))
                .body("openByChannel.chat", equalTo(1));
    }

    private static EventEnvelope<SlaDeadlinesSet> deadline(TicketStream ticket, Instant firstResponseDue) {
        return EventEnvelope.first(SLA_SERVICE, ticket.id().toString(), 1, "service:sla-service", UUID.randomUUID(),
                new SlaDeadlinesSet(UUID.randomUUID(), 1, "default", firstResponseDue, null,
                        firstResponseDue.plus(1, ChronoUnit.DAYS), "created"));
    }

    /** The ticket's latest decision, once it is an assignment, as published on helpdesk.routing.events. */
    private AssignmentDecided decided(UUID ticketId) {
        await().atMost(PATIENCE).until(() -> {
            List<HelpdeskEvent> events = published(ticketId);
            return !events.isEmpty() && events.get(events.size() - 1) instanceof AssignmentDecided;
        });
        List<HelpdeskEvent> events = published(ticketId);
        return (AssignmentDecided) events.get(events.size() - 1);
    }

    private List<HelpdeskEvent> published(UUID ticketId) {
        return routingEvents.events(ticketId.toString()::equals).stream().map(EventEnvelope::data)
                .map(HelpdeskEvent.class::cast).toList();
    }

    private List<Object> decisions(UUID ticketId) {
        return ReactiveDatabase.inSession(() -> log.forTicket(ticketId))
                .stream().map(entry -> (Object) entry.decision()).toList();
    }
}
