package com.helpdesk.ticket.report;

import static com.helpdesk.ticket.api.TestCallers.crm;
import static com.helpdesk.ticket.api.TestCallers.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.events.notification.NotificationFailed;
import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.MetricSamples;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.ticket.api.TestCallers;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The business counters on /q/metrics move with the events, once per event. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class BusinessMetricsTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    void ticketsAssignmentsBreachesAndDeliveriesAreCounted() {
        String team = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        String template = "report-metrics-" + team;
        double created = metric("helpdesk_tickets_created_total", "channel=\"PHONE\"", "priority=\"P1\"");
        double breaches = metric("helpdesk_ticket_sla_breaches_total", "target=\"NEXT_RESPONSE\"");

        String id = json(crm(), """
                {"requester": {"userId": "alice-id", "email": "alice@example.com"}, "subject": "Phone is dead",
                 "description": "no dial tone", "category": "it.access", "priority": "P1", "channel": "PHONE"}""")
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
        TestCallers.act(TestCallers.as("sam", "supervisor"), id, "transfers", "{\"team\":\"" + team + "\",\"reason\":\"metrics\"}")
                .statusCode(200);
        json(TestCallers.as("sam", "supervisor"), "{\"agentId\":\"ivan-id\"}").put("/api/v1/tickets/" + id + "/assignee")
                .then().statusCode(200);
        try (TopicPublisher others = new TopicPublisher(kafka.bootstrapServers())) {
            others.publishAs("sla-service", id, new SlaBreached(SlaTarget.NEXT_RESPONSE, Instant.now()));
            var sent = TopicPublisher.asPublishedBy("notification-service", id, new NotificationSent(UUID.randomUUID(),
                    UUID.randomUUID(), NotificationChannel.EMAIL, "alice@example.com", template, "<m@helpdesk>"));
            others.publish(sent);
            others.publish(sent); // redelivered: still one delivery
            others.publishAs("notification-service", id, new NotificationFailed(UUID.randomUUID(), UUID.randomUUID(),
                    NotificationChannel.WEBHOOK, "https://crm.example/hook", template, "503", 5));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(metric("helpdesk_tickets_created_total", "channel=\"PHONE\"", "priority=\"P1\"")).isEqualTo(created + 1);
            assertThat(metric("helpdesk_ticket_assignments_total", "team=\"" + team + "\"", "source=\"MANUAL\"")).isEqualTo(1);
            assertThat(metric("helpdesk_ticket_sla_breaches_total", "target=\"NEXT_RESPONSE\"")).isEqualTo(breaches + 1);
            assertThat(metric("helpdesk_ticket_notification_deliveries_total", "template=\"" + template + "\"",
                    "outcome=\"sent\"", "channel=\"EMAIL\"")).isEqualTo(1);
            assertThat(metric("helpdesk_ticket_notification_deliveries_total", "template=\"" + template + "\"",
                    "outcome=\"failed\"", "channel=\"WEBHOOK\"")).isEqualTo(1);
        });
    }

    @Test
    void theDashboardUsesOnlyMetricsThatExist() throws java.io.IOException {
        String dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("../deploy/grafana/helpdesk.json"));
        java.util.Set<String> used = java.util.regex.Pattern.compile("helpdesk_[a-z_]+").matcher(dashboard).results()
                .map(java.util.regex.MatchResult::group).collect(java.util.stream.Collectors.toSet());
        assertThat(used).contains("helpdesk_tickets_created_total", "helpdesk_ticket_assignments_total",
                "helpdesk_ticket_sla_breaches_total", "helpdesk_ticket_notification_deliveries_total",
                "helpdesk_queue_waiting_tickets");
        ticketsAssignmentsBreachesAndDeliveriesAreCounted(); // so that every counter has a series
        String exposed = given().get("/q/metrics").then().extract().asString();
        used.stream().filter(name -> !name.equals("helpdesk_queue_waiting_tickets")) // routing-service's gauge
                .forEach(name -> assertThat(exposed).as(name).contains(name + "{"));
    }

    /** The sum of a counter's series whose labels contain all of {@code labels}. */
    private static double metric(String name, String... labels) {
        return MetricSamples.sum(given().get("/q/metrics").then().statusCode(200).extract().asString(), name, labels);
    }
}
