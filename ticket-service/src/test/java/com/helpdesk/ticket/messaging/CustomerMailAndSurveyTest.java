package com.helpdesk.ticket.messaging;

import static com.helpdesk.ticket.api.TestCallers.ALICE;
import static com.helpdesk.ticket.api.TestCallers.act;
import static com.helpdesk.ticket.api.TestCallers.fileFor;
import static com.helpdesk.ticket.api.TestCallers.ivan;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.notification.EmailReceived;
import com.helpdesk.events.notification.SurveyAnswered;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicPublisher;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * notification-service's decisions on customers' mails, and survey answers, put on the real broker, become
 * tickets, comments and ratings.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class CustomerMailAndSurveyTest {

    private static final String TICKET = "/api/v1/tickets/";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @InjectTopicPublisher
    TopicPublisher notificationService;

    @Test
    void aNewMailOpensATicketOnTheEmailChannelAndTheReplyBecomesTheRequestersComment() {
        UUID id = UUID.randomUUID();
        String messageId = "<first." + id + "@mail.example.com>";
        var opened = TopicPublisher.asPublishedBy("notification-service", id.toString(), new EmailReceived(id, false,
                messageId, "dora@example.com", "Dora Customer", List.of("boss@example.com"), "Printer on fire",
                "It smokes.\nPlease hurry.", "en"));
        notificationService.publish(opened);
        notificationService.publish(opened); // the relay may publish twice; the inbox applies it once

        await().atMost(PATIENCE).untilAsserted(() -> ivan().get(TICKET + id).then().statusCode(200)
                .body("channel", equalTo("EMAIL"))
                .body("requester.email", equalTo("dora@example.com"))
                .body("requester.name", equalTo("Dora Customer"))
                .body("subject", equalTo("Printer on fire"))
                .body("description", equalTo("It smokes.\nPlease hurry."))
                .body("status", equalTo("NEW")));
        ivan().get(TICKET + id + "/history").then()
                .body("find { it.type == 'helpdesk.ticket.created.v1' }.data.externalReference", equalTo(messageId));

        notificationService.publishAs("notification-service", id.toString(), new EmailReceived(id, true,
                "<second." + id + "@mail.example.com>", "dora@example.com", "Dora Customer", List.of(),
                "Re: [HD] Printer on fire", "Now the scanner too.", "en"));

        await().atMost(PATIENCE).untilAsserted(() -> ivan().get(TICKET + id + "/comments").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].body", equalTo("Now the scanner too."))
                .body("[0].authorId", equalTo("dora@example.com"))
                .body("[0].authorRole", equalTo("REQUESTER"))
                .body("[0].visibility", equalTo("PUBLIC")));
        ivan().get(TICKET + id + "/history").then()
                .body("findAll { it.type == 'helpdesk.ticket.created.v1' }.size()", equalTo(1));
    }

    @Test
    void aReplyToAClosedTicketOpensANewOne() {
        String closed = fileFor(ALICE, "Old problem");
        act(ivan(), closed, "resolve", "{\"resolutionCode\": \"fixed\", \"summary\": \"done\"}").statusCode(200);
        act(ivan(), closed, "close", "{\"reason\": \"confirmed\"}").statusCode(200);
        long version = ivan().get(TICKET + closed).then().extract().<Integer>path("version");

        notificationService.publishAs("notification-service", closed, new EmailReceived(UUID.fromString(closed), true,
                "<late." + closed + "@mail.example.com>", "alice@example.com", null, List.of(), "Re: Old problem",
                "It is back.", "en"));

        await().atMost(PATIENCE).untilAsserted(() -> ivan().queryParam("q", "Old problem").get("/api/v1/tickets").then()
                .body("tickets.findAll { it.subject == 'Re: Old problem' }.size()", equalTo(1))
                .body("tickets.find { it.subject == 'Re: Old problem' }.id", not(equalTo(closed))));
        ivan().get(TICKET + closed).then().body("version", equalTo((int) version)).body("status", equalTo("CLOSED"));
    }

    @Test
    void aSurveyAnswerBecomesTheRequestersRatingOnce() {
        String id = fileFor(ALICE, "Rate me");
        act(ivan(), id, "resolve", "{\"resolutionCode\": \"fixed\", \"summary\": \"done\"}").statusCode(200);

        notificationService.publishAs("notification-service", id, new SurveyAnswered(4, "quick", "alice@example.com"));
        notificationService.publishAs("notification-service", id, new SurveyAnswered(1, "second try", "alice@example.com"));

        await().atMost(PATIENCE).untilAsserted(() -> ivan().get(TICKET + id + "/history").then()
                .body("findAll { it.type == 'helpdesk.ticket.rated.v1' }.size()", equalTo(1))
                .body("find { it.type == 'helpdesk.ticket.rated.v1' }.data.score", equalTo(4))
                .body("find { it.type == 'helpdesk.ticket.rated.v1' }.data.comment", equalTo("quick")));
        ivan().get(TICKET + id).then().body("rated", equalTo(true));
        // the refused second answer did not stop the partition: a later event is applied
        String later = fileFor(ALICE, "After the survey");
        act(ivan(), later, "resolve", "{\"resolutionCode\": \"fixed\", \"summary\": \"done\"}").statusCode(200);
        notificationService.publishAs("notification-service", later, new SurveyAnswered(5, null, "alice@example.com"));
        await().atMost(PATIENCE).untilAsserted(() -> ivan().get(TICKET + later).then().body("rated", equalTo(true)));
    }

    @Test
    void aRequesterKnownOnlyByAddressRatesThroughTheSurveyAndNoOtherAddressDoes() {
        UUID id = UUID.randomUUID();
        notificationService.publishAs("notification-service", id.toString(), new EmailReceived(id, false,
                "<rate." + id + "@mail.example.com>", "erin@example.com", "Erin Customer", List.of(), "Mailed in",
                "Please help.", "en"));
        await().atMost(PATIENCE).untilAsserted(() -> ivan().get(TICKET + id).then().statusCode(200));
        act(ivan(), id.toString(), "resolve", "{\"resolutionCode\": \"fixed\", \"summary\": \"done\"}").statusCode(200);

        notificationService.publishAs("notification-service", id.toString(), new SurveyAnswered(2, "stranger", "mallory@example.com"));
        notificationService.publishAs("notification-service", id.toString(), new SurveyAnswered(5, "thanks", "Erin@Example.com"));

        await().atMost(PATIENCE).untilAsserted(() -> ivan().get(TICKET + id).then().body("rated", equalTo(true)));
        ivan().get(TICKET + id + "/history").then()
                .body("findAll { it.type == 'helpdesk.ticket.rated.v1' }.size()", equalTo(1))
                .body("find { it.type == 'helpdesk.ticket.rated.v1' }.data.score", equalTo(5));
    }
}
