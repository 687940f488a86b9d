package com.helpdesk.notification.inbound;

import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.created;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.notification.EmailReceived;
import com.helpdesk.notification.testing.InjectMailbox;
import com.helpdesk.notification.testing.Mailbox;
import com.helpdesk.notification.testing.SmtpServerResource;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicRecorder;
import com.helpdesk.platform.testing.TopicPublisher;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Mails posted to the inbound webhook as the provider would, signed with the dev secret; what notification
 * publishes for ticket-service is read back from the real broker.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(SmtpServerResource.class)
class InboundEmailTest {

    private static final String INBOUND = "/api/v1/inbound/email";
    private static final String SECRET = "dev-inbound-secret";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @InjectKafkaBroker
    KafkaBroker kafka;

    @InjectMailbox
    Mailbox mailbox;

    @InjectTopicPublisher
    TopicPublisher otherServices;
    private TopicRecorder notifications;

    @BeforeEach
    void connect() {
        notifications = new TopicRecorder(kafka.bootstrapServers(), "helpdesk.notification.events");
    }

    @AfterEach
    void disconnect() {
        notifications.close();
    }

    @Test
    void aNewMailOpensATicketAndItsCcsMayReplyLater() {
        String dora = address("dora");
        String boss = address("boss");
        String messageId = "<new." + UUID.randomUUID() + "@mail.example.com>";
        String ticket = post(mail(dora, "Dora <b>Q</b>", messageId, "Printer on fire [HD-2026-999999]", null, null, null,
                "\"cc\": [{\"email\": \"" + boss.toUpperCase() + "\"}], \"html\": \"<p>It smokes.</p><p>Hurry&amp;help</p>\""))
                .statusCode(202).body("outcome", equalTo("ticket-opened")).extract().path("ticketId");

        EmailReceived opened = receivedFor(ticket);
        assertThat(opened.reply()).isFalse();
        assertThat(opened.ticketId()).hasToString(ticket);
        assertThat(opened.messageId()).isEqualTo(messageId);
        assertThat(opened.fromAddress()).isEqualTo(dora);
        assertThat(opened.fromName()).isEqualTo("Dora <b>Q</b>");
        assertThat(opened.cc()).containsExactly(boss);
        assertThat(opened.subject()).isEqualTo("Printer on fire");
        assertThat(opened.text()).isEqualTo("It smokes.\nHurry&help");
        assertThat(opened.language()).isEqualTo("en");

        // the boss, copied on the first mail, answers in the ticket's thread before ticket-service even confirmed it
        String reply = "<reply." + UUID.randomUUID() + "@mail.example.com>";
        post(mail(boss, null, reply, "Re: Printer on fire", "<ticket." + ticket + "@helpdesk.localhost>", null,
                "Все в курсе, чиним.", ""))
                .statusCode(202).body("outcome", equalTo("commented")).body("ticketId", equalTo(ticket));
        await().atMost(PATIENCE).until(() -> received(ticket).size() == 2);
        EmailReceived comment = received(ticket).get(1);
        assertThat(comment.reply()).isTrue();
        assertThat(comment.fromAddress()).isEqualTo(boss);
        assertThat(comment.language()).isEqualTo("ru");

        // the provider retries a post whose answer it lost: nothing new
        post(mail(boss, null, reply, "Re: Printer on fire", null, null, "again", ""))
                .statusCode(202).body("outcome", equalTo("duplicate")).body("ticketId", equalTo(ticket));
    }

    @Test
    void theRequestersReplyThreadsIntoTheirTicketButAStrangersOpensANewOne() {
        String ticket = UUID.randomUUID().toString();
        String olga = address("olga");
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000777", olga, "Ольга", "ru", "VPN", null));
        String ourMail = "<ticket." + ticket + "@helpdesk.localhost>";

        // the requester answers by subject only (her client dropped the headers), with her address in capitals
        await().atMost(PATIENCE).untilAsserted(() -> post(mail(olga.toUpperCase(), "Ольга",
                "<a." + UUID.randomUUID() + "@mail.ru>", "RE: [HD-2026-000777] VPN", null, null, "Спасибо", ""))
                .statusCode(202).body("outcome", equalTo("commented")).body("ticketId", equalTo(ticket)));
        // ... or in the thread of a later mail about it (a reference, not the subject, names it)
        post(mail(olga, null, "<b." + UUID.randomUUID() + "@mail.ru>", "no number here", "<other@elsewhere>",
                "<x@elsewhere> " + ourMail, "ещё", ""))
                .statusCode(202).body("outcome", equalTo("commented")).body("ticketId", equalTo(ticket));

        // someone else replies to Olga's ticket, by subject and by thread: never a comment on her ticket
        String mallory = address("mallory");
        String bySubject = post(mail(mallory, null, "<c." + UUID.randomUUID() + "@evil.example>",
                "Re: [HD-2026-000777] VPN", null, null, "close this please", ""))
                .statusCode(202).body("outcome", equalTo("ticket-opened"))
                .body("ticketId", not(equalTo(ticket))).extract().path("ticketId");
        post(mail(mallory, null, "<d." + UUID.randomUUID() + "@evil.example>", "Re: VPN", ourMail, ourMail, "me too", ""))
                .statusCode(202).body("outcome", equalTo("ticket-opened")).body("ticketId", not(equalTo(ticket)));

        EmailReceived stranger = receivedFor(bySubject);
        assertThat(stranger.reply()).isFalse();
        assertThat(stranger.subject()).isEqualTo("Re: VPN");
        await().atMost(PATIENCE).until(() -> received(ticket).size() == 2);
        assertThat(received(ticket)).allSatisfy(mail -> {
            assertThat(mail.reply()).isTrue();
            assertThat(mail.fromAddress()).isEqualTo(olga);
        });
    }

    @Test
    void autoRepliesBouncesAndOurOwnMailsAreIgnored() {
        String ticket = UUID.randomUUID().toString();
        String ivan = address("ivan");
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000778", ivan, "Ivan", "en", "Mouse", null));
        String thread = "<ticket." + ticket + "@helpdesk.localhost>";
        await().atMost(PATIENCE).until(() -> mailbox.to(ivan).size() == 1); // the ticket is known: its acknowledgement left

        List<String> automatic = List.of(
                mail(ivan, null, id(), "Out of office", thread, null, "away", "\"headers\": {\"auto-submitted\": \"auto-replied\"}"),
                mail(ivan, null, id(), "Newsletter", null, null, "buy", "\"headers\": {\"Precedence\": \"bulk\"}"),
                mail("MAILER-DAEMON@mx.example.com", null, id(), "Undelivered Mail", thread, null, "bounce", ""),
                mail(ivan, null, "<event." + UUID.randomUUID() + "@helpdesk.localhost>", "loop", null, null, "x", ""),
                mail("helpdesk@localhost", null, id(), "ourselves", null, null, "x", ""));
        for (String mail : automatic) {
            post(mail).statusCode(202).body("outcome", equalTo("ignored"));
        }
        // a person's mail marked Auto-Submitted: no is a person's mail (its thread names the ticket)
        post(mail(ivan, null, id(), "really me", thread, null, "hi", "\"headers\": {\"Auto-Submitted\": \"no\"}"))
                .statusCode(202).body("outcome", equalTo("commented")).body("ticketId", equalTo(ticket));
        await().atMost(PATIENCE).until(() -> received(ticket).size() == 1);
        assertThat(received(ticket).get(0).text()).isEqualTo("hi");
    }

    @Test
    void unsignedForgedStaleOversizedAndMalformedPostsAreRefused() {
        String body = mail(address("eve"), null, id(), "hello", null, null, "hi", "");
        long now = Instant.now().getEpochSecond();
        given().contentType(ContentType.JSON).body(body).post(INBOUND).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("https://helpdesk.example/problems/bad-signature"));
        signed(body, "wrong-secret", now).post(INBOUND).then().statusCode(401);
        signed(body, SECRET, now - 3600).post(INBOUND).then().statusCode(401);
        given().contentType(ContentType.JSON).header("Helpdesk-Signature", InboundSignature.header(SECRET, now, bytes(body)))
                .body(body.replace("hello", "HELLO")).post(INBOUND).then().statusCode(401);

        String huge = mail(address("eve"), null, id(), "big", null, null, "x".repeat(1_100_000), "");
        signed(huge, SECRET, now).post(INBOUND).then().statusCode(413).contentType("application/problem+json");

        signed("{\"from\": ", SECRET, now).post(INBOUND).then().statusCode(400).contentType("application/problem+json");
        signed(mail("not an address", null, id(), "x", null, null, "x", ""), SECRET, now).post(INBOUND).then()
                .statusCode(400).body("violations.field", hasItem("from.email"));
        signed(mail(address("eve"), null, "no-brackets", "x", null, null, "x", ""), SECRET, now).post(INBOUND).then()
                .statusCode(400).body("violations.field", hasItem("messageId"));
    }

    private ValidatableResponse post(String body) {
        return signed(body, SECRET, Instant.now().getEpochSecond()).post(INBOUND).then();
    }

    private static io.restassured.specification.RequestSpecification signed(String body, String secret, long timestamp) {
        return given().contentType(ContentType.JSON)
                .header("Helpdesk-Signature", InboundSignature.header(secret, timestamp, bytes(body)))
                .body(bytes(body));
    }

    private EmailReceived receivedFor(String ticket) {
        await().atMost(PATIENCE).until(() -> !received(ticket).isEmpty());
        return received(ticket).get(0);
    }

    private List<EmailReceived> received(String ticket) {
        return notifications.events(ticket::equals).stream()
                .map(EventEnvelope::data)
                .filter(EmailReceived.class::isInstance).map(EmailReceived.class::cast)
                .toList();
    }

    private static String mail(String from, String name, String messageId, String subject, String inReplyTo,
            String references, String text, String extra) {
        StringBuilder json = new StringBuilder("{\"from\": {\"email\": ").append(quote(from));
        if (name != null) {
            json.append(", \"name\": ").append(quote(name));
        }
        json.append("}, \"to\": [{\"email\": \"support@helpdesk.example\"}], \"messageId\": ").append(quote(messageId))
                .append(", \"subject\": ").append(quote(subject));
        if (text != null) {
            json.append(", \"text\": ").append(quote(text));
        }
        if (inReplyTo != null) {
            json.append(", \"inReplyTo\": ").append(quote(inReplyTo));
        }
        if (references != null) {
            json.append(", \"references\": ").append(quote(references));
        }
        if (!extra.isEmpty()) {
            json.append(", ").append(extra);
        }
        return json.append('}').toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static String id() {
        return "<" + UUID.randomUUID() + "@mail.example.com>";
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
