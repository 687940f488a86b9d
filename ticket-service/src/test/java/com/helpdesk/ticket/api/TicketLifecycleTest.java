package com.helpdesk.ticket.api;

import static com.helpdesk.ticket.api.TestCallers.ALICE;
import static com.helpdesk.ticket.api.TestCallers.IVAN;
import static com.helpdesk.ticket.api.TestCallers.act;
import static com.helpdesk.ticket.api.TestCallers.alice;
import static com.helpdesk.ticket.api.TestCallers.bob;
import static com.helpdesk.ticket.api.TestCallers.fileFor;
import static com.helpdesk.ticket.api.TestCallers.ivan;
import static com.helpdesk.ticket.api.TestCallers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A ticket's life over REST, as the people who touch it would live it. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class TicketLifecycleTest {

    private static final String TICKET = "/api/v1/tickets/";

    @Test
    void fromFilingToRatingAndClosing() {
        String id = fileFor(ALICE, "VPN drops every hour");

        json(ivan(), "{\"agentId\": \"" + IVAN + "\"}").put(TICKET + id + "/assignee").then().statusCode(200)
                .body("status", equalTo("OPEN")).body("assigneeId", equalTo(IVAN));
        act(ivan(), id, "start", "{}").statusCode(200).body("status", equalTo("IN_PROGRESS"));
        act(ivan(), id, "comments", "{\"body\": \"Which client version?\"}").statusCode(200);
        act(ivan(), id, "comments", "{\"body\": \"Known issue in 5.2\", \"visibility\": \"INTERNAL\"}").statusCode(200);
        act(ivan(), id, "pend-customer", "{\"reason\": \"asked for the version\"}").statusCode(200)
                .body("status", equalTo("PENDING_CUSTOMER"));

        alice().get(TICKET + id + "/comments").then().statusCode(200)
                .body("body", contains("Which client version?"));
        act(alice(), id, "comments", "{\"body\": \"5.2.1\"}").statusCode(200).body("status", equalTo("IN_PROGRESS"));

        act(ivan(), id, "resolve", "{\"resolutionCode\": \"workaround\", \"summary\": \"downgrade to 5.1\"}")
                .statusCode(200).body("status", equalTo("RESOLVED"));
        act(alice(), id, "rating", "{\"score\": 5, \"comment\": \"fast\"}").statusCode(200).body("rated", equalTo(true));
        act(alice(), id, "rating", "{\"score\": 1}").statusCode(409)
                .body("type", endsWith("/already-rated"));
        act(ivan(), id, "close", "{}").statusCode(200).body("status", equalTo("CLOSED"));

        ivan().get(TICKET + id + "/history").then().statusCode(200)
                .body("type", hasItem("helpdesk.ticket.pending-customer.v1"))
                .body("find { it.type == 'helpdesk.ticket.rated.v1' }.actor", equalTo(ALICE))
                .body("size()", equalTo(11));
        alice().get(TICKET + id + "/history").then().statusCode(200).body("size()", equalTo(10)); // no internal note
    }

    @Test
    void aForbiddenTransitionIsAConflictNamingTheRule() {
        String id = fileFor(ALICE, "Printer offline");
        act(ivan(), id, "close", "{}").statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-transition"))
                .body("detail", equalTo("Cannot close a ticket that is NEW; allowed from [RESOLVED]"));
    }

    @Test
    void aChangeOnAStaleVersionIsRefused() {
        String id = fileFor(ALICE, "Mouse broken");
        json(ivan(), "{\"priority\": \"P1\"}").header("If-Match", "\"1\"").patch(TICKET + id).then()
                .statusCode(200).header("ETag", "\"2\"").body("priority", equalTo("P1"));
        json(ivan(), "{\"priority\": \"P4\"}").header("If-Match", "\"1\"").patch(TICKET + id).then()
                .statusCode(412).body("type", endsWith("/stale-version"));
        json(ivan(), "{\"priority\": \"P4\"}").header("If-Match", "banana").patch(TICKET + id).then().statusCode(400);
    }

    @Test
    void concurrentCommandsOnOneTicket() throws Exception {
        String id = fileFor(ALICE, "Laptop slow");
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> conditional = new ArrayList<>();
            List<Callable<Integer>> unconditional = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String body = "{\"body\": \"note " + i + "\"}";
                conditional.add(() -> json(ivan(), body).header("If-Match", "\"1\"")
                        .post(TICKET + id + "/comments").statusCode());
                unconditional.add(() -> json(ivan(), body).post(TICKET + id + "/comments").statusCode());
            }
            var statuses = new ArrayList<Integer>();
            for (var outcome : pool.invokeAll(conditional)) {
                statuses.add(outcome.get());
            }
            // one wins; the others lost either the version check (412) or the append (409)
            assertThat(statuses).containsOnlyOnce(200).filteredOn(status -> status != 200).allMatch(s -> s == 409 || s == 412);
            for (var outcome : pool.invokeAll(unconditional)) {
                assertThat(outcome.get()).isEqualTo(200); // re-decided on the new state after losing a race
            }
        } finally {
            pool.shutdown();
        }
        ivan().get(TICKET + id).then().statusCode(200).header("ETag", "\"10\"");
    }

    @Test
    void aTicketAsItWasBeforeItsEscalation() {
        String id = fileFor(ALICE, "Database locked");
        Instant beforeEscalation = Instant.now();
        act(ivan(), id, "escalations", "{\"to\": \"L2\", \"reason\": \"needs a DBA\"}").statusCode(200)
                .body("line", equalTo("L2"));

        ivan().queryParam("asOf", beforeEscalation.toString()).get(TICKET + id).then().statusCode(200)
                .body("line", equalTo("L1")).header("ETag", "\"1\"");
        ivan().get(TICKET + id).then().body("line", equalTo("L2"));
        ivan().queryParam("asOf", "2020-01-01T00:00:00Z").get(TICKET + id).then().statusCode(404);
        ivan().queryParam("asOf", "yesterday").get(TICKET + id).then().statusCode(400);
    }

    @Test
    void aTicketIsFoundByItsNumber() {
        String id = fileFor(ALICE, "Keyboard sticky");
        String number = ivan().get(TICKET + id).then().extract().path("number");
        ivan().get(TICKET + number).then().statusCode(200).body("id", equalTo(id));
        ivan().get(TICKET + "HD-1999-000001").then().statusCode(404);
    }

    @Test
    void customersSeeOnlyTheirOwnTicketsAndNoInternalNotes() {
        String id = fileFor(ALICE, "Monitor flickers");
        act(ivan(), id, "comments", "{\"body\": \"check the cable\", \"visibility\": \"INTERNAL\"}").statusCode(200);

        bob().get(TICKET + id).then().statusCode(404);
        act(bob(), id, "comments", "{\"body\": \"me too\"}").statusCode(404);
        alice().get(TICKET + id + "/comments").then().statusCode(200).body("size()", equalTo(0));
        act(alice(), id, "comments", "{\"body\": \"secret\", \"visibility\": \"INTERNAL\"}").statusCode(403);
        act(alice(), id, "resolve", "{\"resolutionCode\": \"self\"}").statusCode(403);
        // the list comes from the read model, a moment behind
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                alice().get("/api/v1/tickets").then().statusCode(200).body("tickets.id", hasItem(id)));
        bob().get("/api/v1/tickets").then().statusCode(200).body("tickets.id", not(hasItem(id)));
    }
}
