package com.helpdesk.system.journey;

import static com.helpdesk.system.stack.Helpdesk.as;
import static com.helpdesk.system.stack.Helpdesk.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.system.stack.Demo;
import com.helpdesk.system.stack.Helpdesk;
import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.MailProvider;
import com.helpdesk.system.stack.Mailbox;
import com.helpdesk.system.stack.Role;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Another company system files a ticket, and the services do the rest on their own, choreographed by
 * events: sla-service sets its deadlines, routing-service assigns it to the online L1 agent with the
 * skill, notification-service acknowledges it by e-mail with the number and the first-response due time.
 * The agent answers; the requester gets the answer by mail and replies by mail, which becomes a comment;
 * the agent resolves; the resolution mail's survey link records the rating, and the CSAT report counts it.
 * Real processes, real Keycloak tokens, real SMTP.
 */
@Tag("system")
@ExtendWith(LocalStack.class)
class FilingJourneyTest {

    private static final Duration SECONDS_NOT_MINUTES = Duration.ofSeconds(30);
    /** Where the survey links of the resolution mails point (notification-service's public base URL). */
    private static final String SURVEYS = "http://127.0.0.1:8084/survey/";
    private static final Pattern SURVEY_LINK = Pattern.compile("http://localhost:8084/survey/([A-Za-z0-9._~-]+)");
    private static final String ANSWER = "Please use the new reset link I just sent.";
    private static final String THANKS = "Thanks, the new link works.";

    @Test
    void aFiledTicketIsAcknowledgedAssignedAnsweredByMailResolvedAndRated() {
        String mailbox = "alice." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        int ratedBefore = ivansRatings();
        String id = as(Role.INTEGRATION).contentType(ContentType.JSON).body("""
                {"requester": {"userId": "%s", "email": "%s", "name": "Alice", "language": "en"},
                 "subject": "Cannot log in to the VPN", "description": "Password reset link expired",
                 "category": "it.access", "priority": "P3", "language": "en"}""".formatted(Demo.ALICE, mailbox))
                .post(Helpdesk.TICKETS).then().statusCode(201).extract().path("id");
        String number = ticket(id).getString("number");

        await().atMost(SECONDS_NOT_MINUTES).untilAsserted(() -> as(Role.AGENT).queryParam("q", number).get(Helpdesk.TICKETS)
                .then().body("tickets[0].firstResponseDue", notNullValue()));
        await().atMost(SECONDS_NOT_MINUTES).untilAsserted(() -> as(Role.AGENT).get(Helpdesk.TICKETS + id)
                .then().body("assigneeId", equalTo(Demo.IVAN)).body("status", equalTo("OPEN")));
        Map<String, Object> acknowledgement = awaitMail(mailbox, number, "You can expect a first answer by");

        as(Role.AGENT).post(Helpdesk.TICKETS + id + "/start").then().statusCode(200);
        as(Role.AGENT).contentType(ContentType.JSON).body("{\"body\": \"" + ANSWER + "\"}")
                .post(Helpdesk.TICKETS + id + "/comments").then().statusCode(200);
        as(Role.CUSTOMER_A).get(Helpdesk.TICKETS + id + "/comments").then().statusCode(200).body("body", hasItem(ANSWER));
        as(Role.CUSTOMER_B).get(Helpdesk.TICKETS + id).then().statusCode(404);
        awaitMail(mailbox, number, ANSWER);

        MailProvider.deliver("""
                {"from": {"email": "%s", "name": "Alice"}, "to": [{"email": "helpdesk@localhost"}],
                 "subject": "Re: [%s] Cannot log in to the VPN", "text": "%s",
                 "messageId": "<%s@example.com>", "inReplyTo": "%s"}"""
                .formatted(mailbox, number, THANKS, UUID.randomUUID(), acknowledgement.get("Message-ID")))
                .statusCode(202).body("outcome", equalTo("commented")).body("ticketId", equalTo(id));
        await().atMost(SECONDS_NOT_MINUTES).untilAsserted(() -> as(Role.AGENT).get(Helpdesk.TICKETS + id + "/comments")
                .then().body("body", hasItem(THANKS)));

        as(Role.AGENT).contentType(ContentType.JSON).body("{\"resolutionCode\": \"fixed\"}")
                .post(Helpdesk.TICKETS + id + "/resolve").then().statusCode(200);
        String survey = surveyToken(awaitMail(mailbox, number, "/survey/"));
        RestAssured.given().contentType(ContentType.JSON).body("{\"score\": 5, \"comment\": \"quick\"}")
                .post(SURVEYS + survey).then().statusCode(200);

        await().atMost(SECONDS_NOT_MINUTES).until(() -> ticket(id).getBoolean("rated"));
        await().atMost(SECONDS_NOT_MINUTES).until(() -> ivansRatings() == ratedBefore + 1);
    }

    /** The first mail to {@code mailbox} about ticket {@code number} whose source contains {@code text}. */
    private static Map<String, Object> awaitMail(String mailbox, String number, String text) {
        return await().atMost(SECONDS_NOT_MINUTES).until(() -> Mailbox.messagesOf(mailbox).stream()
                .filter(mail -> String.valueOf(mail.get("subject")).contains(number))
                .filter(mail -> Mailbox.text(mail).contains(text)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static String surveyToken(Map<String, Object> resolutionMail) {
        Matcher link = SURVEY_LINK.matcher(Mailbox.text(resolutionMail));
        assertThat(link.find()).as("a survey link in the resolution mail").isTrue();
        return link.group(1);
    }

    /** Ratings of ivan's tickets resolved around today, as the CSAT report counts them. */
    private static int ivansRatings() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return as(Role.SUPERVISOR).queryParam("from", today.minusDays(1).toString()).queryParam("to", today.plusDays(1).toString())
                .queryParam("zone", "UTC").queryParam("groupBy", "agent").get("http://127.0.0.1:8081/api/v1/reports/csat")
                .then().statusCode(200).extract().jsonPath()
                .getList("rows.findAll { it.group == '" + Demo.IVAN + "' }.rated", Integer.class).stream()
                .mapToInt(Integer::intValue).sum();
    }
}
