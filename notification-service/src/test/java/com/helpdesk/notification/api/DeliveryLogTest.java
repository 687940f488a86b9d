package com.helpdesk.notification.api;

import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.created;
import static com.helpdesk.notification.testing.OtherServices.deadlines;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.notification.testing.SmtpServerResource;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicPublisher;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(SmtpServerResource.class)
class DeliveryLogTest {

    @InjectTopicPublisher
    TopicPublisher otherServices;

    @Test
    @TestSecurity(user = "ivan-id", roles = "agent")
    void staffSeeWhatTheRequesterWasSent() {
        String ticket = UUID.randomUUID().toString();
        String dora = address("dora");
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000300", dora, "Dora", "en", "Screen flickers", null));
        otherServices.publishAs("sla-service", ticket, deadlines(Instant.now().plus(1, ChronoUnit.DAYS)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(log(ticket)).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].status", equalTo("SENT"))
                .body("[0].template", equalTo("acknowledgement"))
                .body("[0].recipient", equalTo(dora))
                .body("[0].attempts", equalTo(1))
                .body("[0].subject", equalTo("[HD-2026-000300] We have received your request: Screen flickers")));
        given().get(log(UUID.randomUUID().toString())).then().statusCode(200).body("", empty());
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("helpdesk_notifications_sent_total{channel=\"EMAIL\",template=\"acknowledgement\"}"));
    }

    @Test
    @TestSecurity(user = "alice-id", roles = "customer")
    void customersDoNotReadTheLog() {
        given().get(log(UUID.randomUUID().toString())).then().statusCode(403);
    }

    @Test
    void anonymousCallersAreTurnedAway() {
        given().get(log(UUID.randomUUID().toString())).then().statusCode(401);
    }

    private static String log(String ticket) {
        return "/api/v1/tickets/" + ticket + "/notifications";
    }
}
