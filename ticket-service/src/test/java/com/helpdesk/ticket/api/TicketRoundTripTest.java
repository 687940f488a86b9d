package com.helpdesk.ticket.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.Topic;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicRecorder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The whole path of a new ticket over the real database and broker: HTTP → event store → Kafka → read model. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class TicketRoundTripTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    @TestSecurity(user = "crm-system", roles = "integration")
    void aFiledTicketIsStoredPublishedAndConsumedBack() {
        String id = given().contentType(ContentType.JSON).body("""
                {"requester": {"email": "alice@example.com", "name": "Alice Customer"},
                 "subject": "Cannot log in", "description": "The password reset link has expired",
                 "category": "it.access", "priority": "P2", "language": "en"}""")
                .post("/api/v1/tickets")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/tickets/[0-9a-f-]{36}"))
                .body("number", matchesPattern("HD-\\d{4}-\\d{6}"))
                .body("status", equalTo("NEW"))
                .extract().path("id");

        assertThat(storedEvents(id)).isEqualTo(1);

        try (var topic = new TopicRecorder(kafka.bootstrapServers(), Topic.TICKET.topicName())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !topic.events(id::equals).isEmpty());
            var published = topic.events(id::equals).get(0);
            assertThat(published.data()).isInstanceOfSatisfying(TicketCreated.class, created -> {
                assertThat(created.subject()).isEqualTo("Cannot log in");
                assertThat(created.filedBy()).isEqualTo("crm-system");
            });
            assertThat(published.streamVersion()).isEqualTo(1);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/tickets")
                .then().statusCode(200).body("tickets.id", hasItem(id)));
    }

    @Test
    @TestSecurity(user = "crm-system", roles = "integration")
    void theSameIdempotencyKeyNeverFilesTwice() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"requester": {"email": "bob@example.com"}, "subject": "Invoice missing", "category": "billing.invoice"}""";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/tickets").then().statusCode(201).body("id", equalTo(first));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body.replace("Invoice missing", "Invoice wrong"))
                .post("/api/v1/tickets").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice-id", roles = "customer")
    void aCustomerDoesNotSeeSomeoneElsesTicket() {
        String mine = given().contentType(ContentType.JSON).body("{\"subject\": \"Printer jam\"}")
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
        given().get("/api/v1/tickets/" + mine).then().statusCode(200).body("requester.userId", equalTo("alice-id"));
        given().get("/api/v1/tickets/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        given().get("/api/v1/tickets").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "crm-system", roles = "integration")
    void invalidFieldsAreRejectedAndNothingIsStored() {
        given().contentType(ContentType.JSON)
                .body("{\"requester\": {\"email\": \"not-an-email\"}, \"subject\": \"\", \"priority\": \"P9\"}")
                .post("/api/v1/tickets").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"requester\": {\"email\": \"not-an-email\"}, \"subject\": \"" + "s".repeat(201) + "\"}")
                .post("/api/v1/tickets").then().statusCode(400)
                .body("violations.field", hasItem("subject"))
                .body("violations.field", hasItem("requester.email"));
    }

    private long storedEvents(String ticketId) {
        return ReactiveDatabase.inSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                "select count(*) from ticket_event where stream_id = :id and event_type = 'helpdesk.ticket.created.v1'",
                Long.class).setParameter("id", UUID.fromString(ticketId)).getSingleResult()));
    }
}
