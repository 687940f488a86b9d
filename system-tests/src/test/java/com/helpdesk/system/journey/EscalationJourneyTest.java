package com.helpdesk.system.journey;

import static com.helpdesk.system.stack.Helpdesk.as;
import static com.helpdesk.system.stack.Helpdesk.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.system.stack.Desk;
import com.helpdesk.system.stack.Helpdesk;
import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.Role;

import io.restassured.http.ContentType;

/**
 * L1 escalates to L2 with a reason and routing hands the ticket to the team's L2 agent; the ticket as it
 * was before the escalation still shows L1; then it is transferred to another team, whose queue takes it.
 */
@Tag("system")
@ExtendWith(LocalStack.class)
class EscalationJourneyTest {

    private static final Duration SECONDS_NOT_MINUTES = Duration.ofSeconds(30);

    @Test
    void escalatedToL2ThenTransferredToAnotherTeam() {
        try (Desk desk = Desk.open("journey"); Desk other = Desk.open("journey")) {
            String firstLine = desk.hire("L1", 5);
            String secondLine = desk.hire("L2", 5);
            desk.online(firstLine);
            desk.online(secondLine);
            String id = Helpdesk.file(desk.category(), desk.mailbox("customer"), "Reports are empty since Monday",
                    "The monthly report shows no rows");
            try {
                await().atMost(SECONDS_NOT_MINUTES).until(() -> firstLine.equals(ticket(id).getString("assigneeId")));
                Instant beforeEscalation = Instant.now();

                as(Role.AGENT).contentType(ContentType.JSON)
                        .body("{\"to\": \"L2\", \"reason\": \"Needs a fix in the reporting database\"}")
                        .post(Helpdesk.TICKETS + id + "/escalations").then().statusCode(200);
                await().atMost(SECONDS_NOT_MINUTES).until(() -> secondLine.equals(ticket(id).getString("assigneeId")));
                assertThat(ticket(id).getString("line")).isEqualTo("L2");
                as(Role.ADMIN).queryParam("asOf", beforeEscalation.toString()).get(Helpdesk.TICKETS + id)
                        .then().statusCode(200).body("line", equalTo("L1")).body("assigneeId", equalTo(firstLine));
                as(Role.ADMIN).get(Helpdesk.TICKETS + id + "/history").then().statusCode(200)
                        .body("data.reason", hasItem("Needs a fix in the reporting database"));
                List<Map<String, Object>> decisions = as(Role.SUPERVISOR).queryParam("ticketId", id)
                        .get(Helpdesk.ROUTING + "routing/decisions").then().statusCode(200).extract().jsonPath().getList("$");
                assertThat(decisions).extracting(decision -> decision.get("agentId"), decision -> decision.get("line"))
                        .containsExactlyInAnyOrder(tuple(firstLine, "L1"), tuple(secondLine, "L2"));

                as(Role.AGENT).contentType(ContentType.JSON)
                        .body("{\"team\": \"%s\", \"reason\": \"A question for the other team\"}".formatted(other.team()))
                        .post(Helpdesk.TICKETS + id + "/transfers").then().statusCode(200);
                await().atMost(SECONDS_NOT_MINUTES).untilAsserted(() -> assertThat(Helpdesk.waitingIn(other.team())).contains(id));
                assertThat(ticket(id).getString("team")).isEqualTo(other.team());
            } finally {
                Helpdesk.closeQuietly(id);
            }
        }
    }
}
