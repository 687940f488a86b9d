package com.helpdesk.system.journey;

import static com.helpdesk.system.stack.Helpdesk.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.system.stack.Demo;
import com.helpdesk.system.stack.Desk;
import com.helpdesk.system.stack.Helpdesk;
import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.Mailbox;
import com.helpdesk.system.stack.Role;

import io.restassured.http.ContentType;

/**
 * A one-minute first-response target with the warning at half time: a ticket nobody can take warns after
 * 30 s and breaches after 60 s; the ticket shows both flags, the supervisors get a mail each time, and
 * routing raises its queue priority each time (P3 → P2 on the warning, → P1 on the breach).
 */
@Tag("system")
@ExtendWith(LocalStack.class)
class SlaJourneyTest {

    @Test
    void warningAndBreachTellTheSupervisorsAndRaiseTheWaitingTicketsQueuePriority() {
        try (Desk desk = Desk.open("journey")) {
            desk.hire("L1", 5);
            as(Role.SUPERVISOR).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("""
                            {"name": "One minute for %s", "match": {"categoryPrefix": "%s"}, "firstResponseMinutes": 1,
                             "resolutionMinutes": 60, "calendarId": "24x7", "warningPercent": 50}"""
                            .formatted(desk.team(), desk.category()))
                    .post(Helpdesk.SLA + "policies").then().statusCode(201);
            Instant filed = Instant.now();
            String id = Helpdesk.file(desk.category(), desk.mailbox("customer"), "Production is down",
                    "Every request answers 503");
            try {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(waiting(desk, id))
                        .containsEntry("queuePriority", "P3").containsKey("slaDueAt").doesNotContainEntry("slaDueAt", null));
                Instant due = Instant.parse((String) waiting(desk, id).get("slaDueAt"));
                assertThat(Duration.between(filed, due)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(70));
                String number = Helpdesk.ticket(id).getString("number");

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(summary(desk)).containsEntry("slaWarning", true);
                    assertThat(waiting(desk, id)).containsEntry("queuePriority", "P2");
                    assertThat(Demo.SUPERVISOR_MAILBOXES).allSatisfy(supervisor -> assertThat(subjectsAbout(number, supervisor))
                            .containsExactly("[" + number + "] SLA warning: 50 % of the first response time used: Production is down"));
                });
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(summary(desk)).containsEntry("slaBreached", true);
                    assertThat(waiting(desk, id)).containsEntry("queuePriority", "P1");
                    assertThat(Demo.SUPERVISOR_MAILBOXES).allSatisfy(supervisor -> assertThat(subjectsAbout(number, supervisor))
                            .contains("[" + number + "] SLA breached: first response overdue: Production is down").hasSize(2));
                });
                assertThat(Mailbox.text(Mailbox.messagesOf("sam@helpdesk.example").stream()
                        .filter(mail -> String.valueOf(mail.get("subject")).contains(number + "] SLA breached")).findFirst()
                        .orElseThrow())).contains("nobody, the ticket waits in its queue");
            } finally {
                Helpdesk.closeQuietly(id);
            }
        }
    }

    /** The ticket's entry in its team's queue. */
    private static Map<String, Object> waiting(Desk desk, String id) {
        return Helpdesk.queueOf(desk.team()).stream().filter(entry -> id.equals(entry.get("ticketId")))
                .findFirst().orElse(Map.of());
    }

    /** The subjects of the mails {@code mailbox} got about ticket {@code number}, oldest first. */
    private static List<String> subjectsAbout(String number, String mailbox) {
        return Mailbox.messagesOf(mailbox).stream().map(mail -> String.valueOf(mail.get("subject")))
                .filter(subject -> subject.startsWith("[" + number + "]")).toList();
    }

    /** The ticket in the list the agents work from (the read model, where SLA flags land). */
    private static Map<String, Object> summary(Desk desk) {
        return as(Role.SUPERVISOR).queryParam("category", desk.category()).get(Helpdesk.TICKETS)
                .then().statusCode(200).extract().jsonPath().getMap("tickets[0]");
    }
}
