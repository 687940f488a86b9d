package com.helpdesk.system.journey;

import static com.helpdesk.system.stack.Helpdesk.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.system.stack.Desk;
import com.helpdesk.system.stack.Helpdesk;
import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.Role;

import io.restassured.http.ContentType;

/**
 * A one-minute first-response target with the warning at half time: a ticket nobody can take warns after
 * 30 s and breaches after 60 s; the ticket shows both flags and routing raises its queue priority each
 * time (P3 → P2 on the warning, → P1 on the breach).
 */
@Tag("system")
@ExtendWith(LocalStack.class)
class SlaJourneyTest {

    @Test
    void warningAndBreachRaiseTheWaitingTicketsQueuePriority() {
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

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(summary(desk)).containsEntry("slaWarning", true);
                    assertThat(waiting(desk, id)).containsEntry("queuePriority", "P2");
                });
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(summary(desk)).containsEntry("slaBreached", true);
                    assertThat(waiting(desk, id)).containsEntry("queuePriority", "P1");
                });
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

    /** The ticket in the list the agents work from (the read model, where SLA flags land). */
    private static Map<String, Object> summary(Desk desk) {
        return as(Role.SUPERVISOR).queryParam("category", desk.category()).get(Helpdesk.TICKETS)
                .then().statusCode(200).extract().jsonPath().getMap("tickets[0]");
    }
}
