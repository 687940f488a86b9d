package com.helpdesk.notification.survey;

import static com.helpdesk.notification.testing.MailParts.html;
import static com.helpdesk.notification.testing.MailParts.text;
import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.created;
import static com.helpdesk.notification.testing.OtherServices.deadlines;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.notification.SurveyAnswered;
import com.helpdesk.events.ticket.TicketResolved;
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
import jakarta.mail.internet.MimeMessage;

/** The resolution mail links a signed, single-use survey; its answer goes to ticket-service as SurveyAnswered. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(SmtpServerResource.class)
class SurveyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("http://localhost:8084(/survey/[A-Za-z0-9._-]+)");

    @InjectKafkaBroker
    KafkaBroker kafka;
    @InjectMailbox
    Mailbox mailbox;

    @InjectTopicPublisher
    TopicPublisher otherServices;

    @Test
    void theResolutionMailLinksASurveyThatCountsOnce() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String petra = address("petra");
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000600", petra, "Petra", "en", "Slow VPN", null));
        otherServices.publishAs("sla-service", ticket, deadlines(Instant.now().plus(4, ChronoUnit.HOURS)));
        otherServices.publishAs("ticket-service", ticket, new TicketResolved("fixed", "New profile installed.", null));

        await().atMost(PATIENCE).until(() -> mailbox.to(petra).size() == 2);
        MimeMessage resolved = mailbox.to(petra).stream().filter(mail -> subject(mail).contains("resolved")).findFirst().orElseThrow();
        Matcher inText = LINK.matcher(text(resolved));
        assertThat(inText.find()).isTrue();
        String survey = inText.group(1);
        assertThat(html(resolved)).contains("href=\"http://localhost:8084" + survey + "\"");

        given().accept(ContentType.JSON).get(survey).then().statusCode(200)
                .body("ticketId", equalTo(ticket)).body("ticketNumber", equalTo("HD-2026-000600"))
                .body("scores", equalTo(List.of(1, 2, 3, 4, 5)));
        given().accept(ContentType.HTML).get(survey).then().statusCode(200)
                .body(containsString("How did we do with request HD-2026-000600?"));

        // forged: another survey id with this signature, or this id with a changed signature
        String token = survey.substring("/survey/".length());
        String signature = token.substring(token.indexOf('.') + 1);
        given().accept(ContentType.JSON).get("/survey/" + UUID.randomUUID() + "." + signature).then().statusCode(404)
                .contentType("application/problem+json");
        given().accept(ContentType.JSON).get(survey + "x").then().statusCode(404);
        String altered = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        given().contentType(ContentType.JSON).body("{\"score\": 5}").post(survey.replace(signature, altered))
                .then().statusCode(404);

        given().contentType(ContentType.JSON).body("{\"score\": 6}").post(survey).then().statusCode(400)
                .body("violations.field", hasItem("score"));
        given().contentType(ContentType.JSON).body("{\"score\": 4, \"comment\": \" Quick <b>and</b> kind \"}").post(survey)
                .then().statusCode(200).body("score", equalTo(4)).body("comment", equalTo("Quick <b>and</b> kind"));
        given().contentType(ContentType.JSON).body("{\"score\": 1}").post(survey).then().statusCode(409)
                .contentType("application/problem+json");
        given().accept(ContentType.JSON).get(survey).then().statusCode(410);

        try (var events = new TopicRecorder(kafka.bootstrapServers(), "helpdesk.notification.events")) {
            await().atMost(PATIENCE).until(() -> answers(events, ticket).size() == 1);
            assertThat(answers(events, ticket).get(0)).isEqualTo(new SurveyAnswered(4, "Quick <b>and</b> kind", petra));
        }
    }

    @Test
    void theFormOnThePageRecordsTheAnswerToo() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String ivan = address("ivan");
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000601", ivan, "Иван", "ru", "Принтер", null));
        otherServices.publishAs("sla-service", ticket, deadlines(Instant.now().plus(4, ChronoUnit.HOURS)));
        otherServices.publishAs("ticket-service", ticket, new TicketResolved("fixed", "Заменили картридж.", null));
        await().atMost(PATIENCE).until(() -> mailbox.to(ivan).size() == 2);
        Matcher link = null;
        for (MimeMessage mail : mailbox.to(ivan)) {
            Matcher inMail = LINK.matcher(text(mail));
            link = inMail.find() ? inMail : link;
        }
        assertThat(link).as("the resolution mail's survey link").isNotNull();

        given().accept(ContentType.HTML).get(link.group(1)).then().statusCode(200).body(containsString("Как мы справились"));
        given().contentType(ContentType.URLENC).formParam("score", "5").formParam("comment", "").post(link.group(1))
                .then().statusCode(200).body(containsString("Спасибо за оценку!"));
        given().contentType(ContentType.URLENC).formParam("score", "5").post(link.group(1)).then().statusCode(409);
    }

    private static List<SurveyAnswered> answers(TopicRecorder events, String ticket) {
        return events.events(ticket::equals).stream().map(EventEnvelope::data)
                .filter(SurveyAnswered.class::isInstance).map(SurveyAnswered.class::cast).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
