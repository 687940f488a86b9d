package com.helpdesk.system.journey;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.system.stack.Demo;
import com.helpdesk.system.stack.Keycloak;
import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.Mailbox;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Another company system files a ticket, and the services do the rest on their own, choreographed by
 * events: sla-service sets its deadlines, routing-service assigns it to the online L1 agent with the
 * skill, notification-service acknowledges it by e-mail; then the agent answers and the customer rates.
 * Real processes, real Keycloak tokens, real SMTP.
 */
@Tag("system")
@ExtendWith(LocalStack.class)
class FilingJourneyTest {

    private static final String TICKETS = "http://127.0.0.1:8081/api/v1/tickets/";
    private static final Duration SECONDS_NOT_MINUTES = Duration.ofSeconds(30);

    @Test
    void aFiledTicketIsDeadlinedAssignedAcknowledgedAnsweredAndRated() {
        String mailbox = "alice." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = as(Keycloak.integrationToken()).contentType(ContentType.JSON).body("""
                {"requester": {"userId": "%s", "email": "%s", "name": "Alice", "language": "en"},
                 "subject": "Cannot log in to the VPN", "description": "Password reset link expired",
                 "category": "it.access", "priority": "P3", "language": "en"}""".formatted(Demo.ALICE, mailbox))
                .post(TICKETS).then().statusCode(201).extract().path("id");
        String number = as(Keycloak.integrationToken()).get(TICKETS + id).then().extract().path("number");

        String ivan = Keycloak.tokenFor("ivan");
        await().atMost(SECONDS_NOT_MINUTES).untilAsserted(() -> as(ivan).queryParam("q", number).get(TICKETS)
                .then().body("tickets[0].firstResponseDue", notNullValue()));
        await().atMost(SECONDS_NOT_MINUTES).untilAsserted(() -> as(ivan).get(TICKETS + id)
                .then().body("assigneeId", equalTo(Demo.IVAN)).body("status", equalTo("OPEN")));
        await().atMost(SECONDS_NOT_MINUTES).until(() -> Mailbox.messagesOf(mailbox).stream()
                .anyMatch(message -> String.valueOf(message.get("subject")).contains(number)));

        as(ivan).post(TICKETS + id + "/start").then().statusCode(200);
        as(ivan).contentType(ContentType.JSON).body("{\"body\": \"Please use the new reset link I just sent.\"}")
                .post(TICKETS + id + "/comments").then().statusCode(200);
        String alice = Keycloak.tokenFor("alice");
        as(alice).get(TICKETS + id + "/comments").then().statusCode(200)
                .body("body", hasItem("Please use the new reset link I just sent."));
        as(Keycloak.tokenFor("bob")).get(TICKETS + id).then().statusCode(404);

        as(ivan).contentType(ContentType.JSON).body("{\"resolutionCode\": \"fixed\"}")
                .post(TICKETS + id + "/resolve").then().statusCode(200);
        as(alice).contentType(ContentType.JSON).body("{\"score\": 5, \"comment\": \"quick\"}")
                .post(TICKETS + id + "/rating").then().statusCode(200).body("rated", equalTo(true));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
