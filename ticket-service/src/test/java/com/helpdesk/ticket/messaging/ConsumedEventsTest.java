package com.helpdesk.ticket.messaging;

import static com.helpdesk.ticket.api.TestCallers.ALICE;
import static com.helpdesk.ticket.api.TestCallers.fileFor;
import static com.helpdesk.ticket.api.TestCallers.ivan;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.knowledge.ArticlesSuggested;
import com.helpdesk.events.knowledge.SuggestedArticle;
import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.events.routing.AssignedTicketBreached;
import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.ticket.projection.TicketViewProjector;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Other services' events, put on the real broker as their relays would, change the ticket or its view. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class ConsumedEventsTest {

    private static final String TICKET = "/api/v1/tickets/";

    @InjectTopicPublisher
    TopicPublisher otherServices;

    @Test
    void aRoutingDecisionAssignsAndALateSecondOneIsRejected() {
        String id = fileFor(ALICE, "Cannot print");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        otherServices.publishAs("routing-service", id, new AssignmentDecided(first, "ivan-id", null, SupportLine.L1, List.of(), "best skill"));
        otherServices.publishAs("routing-service", id, new AssignmentDecided(second, "olga-id", null, SupportLine.L1, List.of(), "duplicate"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().get(TICKET + id + "/history").then()
                .body("type", hasItem("helpdesk.ticket.assignment-rejected.v1")));
        ivan().get(TICKET + id).then().body("assigneeId", equalTo("ivan-id")).body("status", equalTo("OPEN"));
        ivan().get(TICKET + id + "/history").then()
                .body("find { it.type == 'helpdesk.ticket.assigned.v1' }.data.decisionId", equalTo(first.toString()))
                .body("find { it.type == 'helpdesk.ticket.assignment-rejected.v1' }.data.decisionId",
                        equalTo(second.toString()));
    }

    @Test
    void anAssignedTicketThatBreachedIsEscalatedWhenRoutingAsksAndOnlyOnce() {
        String id = fileFor(ALICE, "Breached at L1");
        String reportedOnly = fileFor(ALICE, "Breached, reported only");
        for (String ticket : List.of(id, reportedOnly)) {
            otherServices.publishAs("routing-service", ticket, new AssignmentDecided(UUID.randomUUID(), "ivan-id", null,
                    SupportLine.L1, List.of(), "best skill"));
        }
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        otherServices.publishAs("routing-service", reportedOnly, new AssignedTicketBreached("ivan-id", null, SupportLine.L1,
                SlaTarget.FIRST_RESPONSE, due, null, "first response SLA breached while with ivan-id"));
        for (int twice = 0; twice < 2; twice++) {
            otherServices.publishAs("routing-service", id, new AssignedTicketBreached("ivan-id", null, SupportLine.L1,
                    SlaTarget.FIRST_RESPONSE, due, SupportLine.L2, "first response SLA breached; escalation to L2 requested"));
        }
        // a later decision on each ticket, on its partition after the breaches: rejected once they are applied
        for (String ticket : List.of(id, reportedOnly)) {
            otherServices.publishAs("routing-service", ticket, new AssignmentDecided(UUID.randomUUID(), "olga-id", null,
                    SupportLine.L1, List.of(), "marker"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().get(TICKET + ticket + "/history").then()
                    .body("type", hasItem("helpdesk.ticket.assignment-rejected.v1")));
        }

        ivan().get(TICKET + id).then().body("line", equalTo("L2"));
        ivan().get(TICKET + id + "/history").then()
                .body("findAll { it.type == 'helpdesk.ticket.escalated.v1' }.size()", equalTo(1))
                .body("find { it.type == 'helpdesk.ticket.escalated.v1' }.data.reason",
                        equalTo("first response SLA breached; escalation to L2 requested"));
        ivan().get(TICKET + reportedOnly).then().body("line", equalTo("L1")).body("assigneeId", equalTo("ivan-id"));
    }

    @Test
    void replayingTheSameDecisionChangesNothing() {
        String id = fileFor(ALICE, "Replayed decision");
        var decided = TopicPublisher.asPublishedBy("routing-service", id,
                new AssignmentDecided(UUID.randomUUID(), "ivan-id", null, SupportLine.L1, List.of(), "once"));
        otherServices.publish(decided);
        otherServices.publish(decided);
        String marker = fileFor(ALICE, "Marker after the replay");
        otherServices.publishAs("routing-service", marker, new AssignmentDecided(UUID.randomUUID(), "ivan-id", null, SupportLine.L1,
                List.of(), "marker"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().get(TICKET + marker).then()
                .body("assigneeId", equalTo("ivan-id")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().get(TICKET + id + "/history").then()
                .body("findAll { it.type.startsWith('helpdesk.ticket.assign') }.size()", equalTo(1)));
    }

    @Test
    void slaDueTimesAndBreachesShowInTheList() {
        String id = fileFor(ALICE, "Payroll wrong");
        Instant due = Instant.now().plus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        otherServices.publishAs("sla-service", id, new SlaDeadlinesSet(UUID.randomUUID(), 1, "24x7", due, null, due.plus(2, ChronoUnit.DAYS),
                "default policy"));
        otherServices.publishAs("sla-service", id, new SlaBreached(SlaTarget.FIRST_RESPONSE, due));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().queryParam("q", "Payroll")
                .get("/api/v1/tickets").then()
                .body("tickets.find { it.id == '" + id + "' }.firstResponseDue", equalTo(due.toString()))
                .body("tickets.find { it.id == '" + id + "' }.slaBreached", equalTo(true)));
    }

    @Test
    void theAcknowledgementEntersTheHistory() {
        String id = fileFor(ALICE, "New laptop");
        otherServices.publishAs("notification-service", id, new NotificationSent(UUID.randomUUID(), UUID.randomUUID(),
                NotificationChannel.EMAIL, "alice@example.com", "acknowledgement", "<m1@helpdesk>"));
        otherServices.publishAs("notification-service", id, new NotificationSent(UUID.randomUUID(), UUID.randomUUID(),
                NotificationChannel.EMAIL, "ivan@example.com", "assignment", "<m2@helpdesk>"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().get(TICKET + id + "/history").then()
                .body("findAll { it.type == 'helpdesk.ticket.acknowledged.v1' }.size()", equalTo(1)));
    }

    @Test
    void suggestedArticlesAreShownToAgents() {
        String id = fileFor(ALICE, "Forgot password");
        UUID article = UUID.randomUUID();
        otherServices.publishAs("knowledge-service", id, new ArticlesSuggested(List.of(
                new SuggestedArticle(article, "Reset your password", "en", "/kb/reset-password", 0.9))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().get(TICKET + id + "/suggestions").then()
                .statusCode(200).body("articleId", hasItem(article.toString())));
    }

    @Test
    void anEventOfATicketThisStoreDoesNotHoldIsSkippedNotRetried() {
        var stranger = TopicPublisher.asPublishedBy("ticket-service", UUID.randomUUID().toString(), new TicketClosed("elsewhere"));
        otherServices.publish(stranger);

        // the inbox records an event only with its effect's commit: a failed projection would leave no row
        await().atMost(Duration.ofSeconds(20)).until(() -> ReactiveDatabase.inSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                        "select count(*) from platform_inbox where consumer = :consumer and event_id = :id", Long.class)
                        .setParameter("consumer", TicketViewProjector.CONSUMER).setParameter("id", stranger.id())
                        .getSingleResult())) == 1);
    }
}
