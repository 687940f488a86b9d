package com.helpdesk.notification.webhook;

import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.created;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.notification.testing.SmtpServerResource;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Webhooks to a real HTTP receiver on the loopback interface, which verifies every signature as a third party
 * would; events come from the real broker, deliveries go through the real delivery table and sender.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(SmtpServerResource.class)
class WebhooksTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectTopicPublisher
    TopicPublisher otherServices;
    private WebhookReceiver receiver;
    private final Map<String, String> secrets = new java.util.HashMap<>();

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    @TestSecurity(user = "crm", roles = "integration")
    void matchingEventsArriveSignedAreRetriedUntilTakenAndCanBeReplayed() throws Exception {
        String team = "team-" + UUID.randomUUID();
        String subscription = subscribe(receiver.url(), List.of("helpdesk.ticket.created.v1", "helpdesk.routing.assignment-decided.v1"),
                Map.of("team", team));
        receiver.secret(secretOf(subscription));
        String other = subscribe(receiver.url(), List.of("helpdesk.ticket.created.v1"), Map.of("team", "nobody's"));
        receiver.answer(200, 500, 503);

        String ticket = UUID.randomUUID().toString();
        long published = System.nanoTime();
        otherServices.publishAs("ticket-service", ticket, inTeam(team, "HD-2026-000901"));

        await().atMost(PATIENCE).until(() -> requestsAbout(ticket).size() == 3);
        List<WebhookReceiver.Received> created = requestsAbout(ticket);
        System.out.printf("webhook: event published → attempts at %s ms (the third answered 200)%n",
                created.stream().map(request -> String.valueOf((request.nanos() - published) / 1_000_000)).toList());
        assertThat(created).allMatch(WebhookReceiver.Received::signatureValid); // 500, 503, then 200
        assertThat(created).extracting(WebhookReceiver.Received::eventType).containsOnly("helpdesk.ticket.created.v1");
        assertThat(created).extracting(WebhookReceiver.Received::body).containsOnly(created.get(0).body());

        otherServices.publishAs("routing-service", ticket, new AssignmentDecided(UUID.randomUUID(), "ivan-id", team,
                SupportLine.L1, List.of(), "best skill"));
        // a fresh consumer group on a topic nobody wrote to yet can take a while to get its partitions on a busy machine
        await().atMost(PATIENCE.multipliedBy(3)).until(() -> requestsAbout(ticket).size() == 4);
        assertThat(requestsAbout(ticket).get(3).eventType()).isEqualTo("helpdesk.routing.assignment-decided.v1");
        assertThat(requestsAbout(ticket).get(3).signatureValid()).isTrue();
        JsonNode body = JSON.readTree(created.get(0).body());
        assertThat(body.get("type").asText()).isEqualTo("helpdesk.ticket.created.v1");
        assertThat(body.get("subject").asText()).isEqualTo(ticket);
        assertThat(body.get("id").asText()).isEqualTo(created.get(0).eventId());
        assertThat(body.at("/data/number").asText()).isEqualTo("HD-2026-000901");

        await().atMost(PATIENCE).untilAsserted(() -> given().get(WEBHOOKS + "/" + subscription + "/deliveries").then()
                .statusCode(200).body("", hasSize(2))
                .body("find { it.eventType == 'helpdesk.ticket.created.v1' }.status", equalTo("SENT"))
                .body("find { it.eventType == 'helpdesk.ticket.created.v1' }.attempts", equalTo(3))
                .body("find { it.eventType == 'helpdesk.ticket.created.v1' }.lastStatusCode", equalTo(200))
                .body("find { it.eventType == 'helpdesk.routing.assignment-decided.v1' }.status", equalTo("SENT")));
        given().get(WEBHOOKS + "/" + other + "/deliveries").then().statusCode(200).body("", empty());
        given().get(WEBHOOKS + "/" + subscription).then().body("consecutiveFailures", equalTo(0)).body("secret", nullValue());

        String delivery = given().get(WEBHOOKS + "/" + subscription + "/deliveries").then()
                .extract().path("find { it.eventType == 'helpdesk.ticket.created.v1' }.id");
        given().post(WEBHOOKS + "/" + subscription + "/deliveries/" + delivery + "/replay").then().statusCode(202)
                .body("replayOf", equalTo(delivery)).body("status", equalTo("PENDING"));
        await().atMost(PATIENCE).until(() -> requestsAbout(ticket).size() == 5);
        WebhookReceiver.Received replayed = requestsAbout(ticket).get(4);
        assertThat(replayed.eventId()).isEqualTo(created.get(0).eventId());
        assertThat(replayed.signatureValid()).isTrue();
        given().post(WEBHOOKS + "/" + subscription + "/deliveries/" + UUID.randomUUID() + "/replay").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "erp", roles = "integration")
    void aReceiverThatKeepsFailingGetsItsSubscriptionDisabled() {
        receiver.answer(500);
        String team = "team-" + UUID.randomUUID();
        String subscription = subscribe(receiver.url(), List.of("helpdesk.ticket.created.v1"), Map.of("team", team));
        receiver.secret(secretOf(subscription));

        String first = UUID.randomUUID().toString();
        otherServices.publishAs("ticket-service", first, inTeam(team, "HD-2026-000902"));

        await().atMost(PATIENCE).untilAsserted(() -> given().get(WEBHOOKS + "/" + subscription).then()
                .body("enabled", equalTo(false))
                .body("consecutiveFailures", equalTo(3))
                .body("disabledReason", startsWith("HTTP 500")));
        await().atMost(PATIENCE).untilAsserted(() -> given().get(WEBHOOKS + "/" + subscription + "/deliveries").then()
                .body("", hasSize(1)).body("[0].status", equalTo("FAILED")).body("[0].attempts", equalTo(3))
                .body("[0].lastStatusCode", equalTo(500)));
        assertThat(receiver.received()).hasSize(3).allMatch(WebhookReceiver.Received::signatureValid);

        // disabled: later events are not delivered, replays refused until it is enabled again
        String second = UUID.randomUUID().toString();
        otherServices.publishAs("ticket-service", second, inTeam(team, "HD-2026-000903"));
        String delivery = given().get(WEBHOOKS + "/" + subscription + "/deliveries").then().extract().path("[0].id");
        given().post(WEBHOOKS + "/" + subscription + "/deliveries/" + delivery + "/replay").then().statusCode(409)
                .contentType("application/problem+json");

        receiver.answer(200);
        given().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "eventTypes", List.of("helpdesk.ticket.created.v1"),
                "team", team, "enabled", true)).put(WEBHOOKS + "/" + subscription).then().statusCode(200)
                .body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0));
        given().post(WEBHOOKS + "/" + subscription + "/deliveries/" + delivery + "/replay").then().statusCode(202);
        await().atMost(PATIENCE).until(() -> receiver.received().size() == 4);
        assertThat(receiver.received().get(3).body()).contains(first);
        given().get(WEBHOOKS + "/" + subscription + "/deliveries").then().body("", hasSize(2));
    }

    @Test
    @TestSecurity(user = "crm", roles = "integration")
    void subscriptionsAreValidatedAndTheirSecretIsShownOnce() {
        String id = given().contentType(ContentType.JSON).body(Map.of("url", receiver.url(),
                        "eventTypes", List.of("helpdesk.sla.breached.v1"), "priority", "P1"))
                .post(WEBHOOKS).then().statusCode(201)
                .header("Location", notNullValue())
                .body("secret", startsWith("whsec_")).body("enabled", equalTo(true))
                .extract().path("id");
        given().get(WEBHOOKS).then().statusCode(200).body("id", hasItem(id)).body("findAll { it.secret != null }", empty());

        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://x", "eventTypes", List.of("helpdesk.ticket.created.v1")))
                .post(WEBHOOKS).then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "eventTypes", List.of("helpdesk.notification.sent.v1")))
                .post(WEBHOOKS).then().statusCode(400).body("violations.field", hasItem("eventTypes"));
        given().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "eventTypes", List.of()))
                .post(WEBHOOKS).then().statusCode(400);

        given().delete(WEBHOOKS + "/" + id).then().statusCode(204);
        given().get(WEBHOOKS + "/" + id).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://10.0.0.7/hooks", "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/",
            "http://[fd00::1]/", "http://100.64.1.1/", "http://0.0.0.0:9/", "http://localhost:8081/", "http://kafka:9092/",
            "https://metadata.google.internal/", "http://ticket-service.helpdesk.svc/", "http://999.1.1.1/" })
    @TestSecurity(user = "crm", roles = "integration")
    void receiversInOurOwnNetworksAreRefused(String url) {
        given().contentType(ContentType.JSON).body(Map.of("url", url, "eventTypes", List.of("helpdesk.ticket.created.v1")))
                .post(WEBHOOKS).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("url"));
    }

    @Test
    @TestSecurity(user = "crm", roles = "integration")
    void aReceiverWhoseNameNowLeadsIntoOurNetworkIsNotCalled() {
        String team = "team-" + UUID.randomUUID();
        String subscription = subscribe(receiver.url(), List.of("helpdesk.ticket.created.v1"), Map.of("team", team));
        // as if its DNS name had been pointed at an internal address after the subscription was made
        String renamed = receiver.url().replace("127.0.0.1", "localhost");
        ReactiveDatabase.inTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("update webhook_subscription set url = :url where id = :id")
                .setParameter("url", renamed).setParameter("id", UUID.fromString(subscription)).executeUpdate()));

        otherServices.publishAs("ticket-service", UUID.randomUUID().toString(), inTeam(team, "HD-2026-000904"));

        await().atMost(PATIENCE).untilAsserted(() -> given().get(WEBHOOKS + "/" + subscription + "/deliveries").then()
                .body("", hasSize(1)).body("[0].status", equalTo("FAILED"))
                .body("[0].lastError", containsString("localhost resolves to the internal address")));
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    @TestSecurity(user = "alice", roles = "customer")
    void customersMayNotSubscribe() {
        given().get(WEBHOOKS).then().statusCode(403);
    }

    private static com.helpdesk.events.ticket.TicketCreated inTeam(String team, String number) {
        var filed = created(number, address("hook"), "Hook", "en", "Webhook me", null);
        return new com.helpdesk.events.ticket.TicketCreated(filed.number(), filed.requester(), filed.subject(),
                filed.description(), filed.channel(), filed.category(), filed.priority(), filed.language(), filed.tags(),
                filed.customFields(), filed.externalReference(), filed.tier(), team, filed.line(), filed.filedBy());
    }

    private List<WebhookReceiver.Received> requestsAbout(String ticket) {
        return receiver.received().stream().filter(request -> request.body().contains(ticket)).toList();
    }

    /** Creates a subscription and remembers its secret, which the API shows only now. */
    private String subscribe(String url, List<String> types, Map<String, String> filter) {
        var request = new java.util.HashMap<String, Object>(filter);
        request.put("url", url);
        request.put("eventTypes", types);
        var answer = given().contentType(ContentType.JSON).body(request).post(WEBHOOKS).then().statusCode(201)
                .body("secret", notNullValue()).extract();
        secrets.put(answer.path("id"), answer.path("secret"));
        return answer.path("id");
    }

    private String secretOf(String subscription) {
        return secrets.get(subscription);
    }
}
