package com.helpdesk.ticket.api;

import static com.helpdesk.ticket.api.TestCallers.ALICE;
import static com.helpdesk.ticket.api.TestCallers.as;
import static com.helpdesk.ticket.api.TestCallers.crm;
import static com.helpdesk.ticket.api.TestCallers.ivan;
import static com.helpdesk.ticket.api.TestCallers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Lists from the read model: filters, cursor paging, and a rebuild that gives the same answers. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class TicketListTest {

    @Test
    void filtersAndPagesByCursorWithoutGapsOrRepeats() {
        String category = "qa.list-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> filed = file(category, 5);
        json(ivan(), "{\"priority\": \"P1\"}").patch("/api/v1/tickets/" + filed.get(0)).then().statusCode(200);
        awaitListed(category, 5);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = ivan().queryParam("category", category).queryParam("limit", 2).queryParam("sort", "createdAt");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/tickets").then().statusCode(200).extract();
            seen.addAll(page.path("tickets.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(filed);
        assertThat(pages).isEqualTo(3);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().queryParam("category", category)
                .queryParam("priority", "P1").get("/api/v1/tickets").then().body("tickets.size()", equalTo(1)));
        ivan().queryParam("category", "qa").queryParam("q", "gadget 3").get("/api/v1/tickets").then()
                .body("tickets.findAll { it.category == '" + category + "' }.size()", equalTo(1));
        ivan().queryParam("category", category).queryParam("status", "RESOLVED").get("/api/v1/tickets").then()
                .body("tickets.size()", equalTo(0));
    }

    @Test
    void badFilterValuesAreBadRequests() {
        ivan().queryParam("status", "DONE").get("/api/v1/tickets").then().statusCode(400)
                .contentType("application/problem+json");
        ivan().queryParam("priority", "P9").get("/api/v1/tickets").then().statusCode(400);
        ivan().queryParam("sort", "random").get("/api/v1/tickets").then().statusCode(400);
        ivan().queryParam("cursor", "not-a-cursor").get("/api/v1/tickets").then().statusCode(400)
                .body("type", endsWith("/invalid-cursor"));
        ivan().queryParam("limit", 1000).get("/api/v1/tickets").then().statusCode(400);
        ivan().queryParam("createdFrom", "last week").get("/api/v1/tickets").then().statusCode(400);
    }

    @Test
    void aRebuiltReadModelGivesTheSameAnswers() {
        String category = "qa.rebuild-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> filed = file(category, 3);
        awaitListed(category, 3);
        var before = ivan().queryParam("category", category).get("/api/v1/tickets").then().extract().asString();

        ReactiveDatabase.inTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("update ticket_view set status = 'CLOSED' where id = :id")
                .setParameter("id", UUID.fromString(filed.get(0))).executeUpdate()
                .chain(() -> session.createNativeQuery("delete from ticket_view where id = :id")
                        .setParameter("id", UUID.fromString(filed.get(1))).executeUpdate())));
        as("ada-id", "admin").post("/api/v1/admin/ticket-views/rebuild").then().statusCode(200);
        ivan().post("/api/v1/admin/ticket-views/rebuild").then().statusCode(403);

        assertThat(ivan().queryParam("category", category).get("/api/v1/tickets").then().extract().asString())
                .isEqualTo(before);
    }

    private static List<String> file(String category, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(json(crm(), """
                    {"requester": {"userId": "%s", "email": "alice@example.com"}, "subject": "Broken gadget %d",
                     "category": "%s"}""".formatted(ALICE, i, category))
                    .post("/api/v1/tickets").then().statusCode(201).extract().path("id"));
        }
        return ids;
    }

    private static void awaitListed(String category, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().queryParam("category", category)
                .get("/api/v1/tickets").then().body("tickets.size()", equalTo(count)));
    }
}
