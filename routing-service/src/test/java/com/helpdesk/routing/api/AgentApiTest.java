package com.helpdesk.routing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.store.StoredAgent;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;

/** The agents and teams API: who may do what, and what bad input gets back. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class AgentApiTest {

    private static final String OLGA = "a0000000-0000-4000-8000-000000000002";
    private static final String PROFILE = """
            {"displayName": "Olga", "languages": ["en", "ru"], "skills": [{"categories": "billing.*", "proficiency": 4}],
             "line": "L2", "teams": ["billing"], "capacity": %d}""";

    @Test
    @TestSecurity(user = "sam", roles = { "supervisor", "agent" })
    void aSupervisorCreatesThenReplacesAnAgentAndItStartsOffline() {
        String id = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(PROFILE.formatted(5)).put("/api/v1/agents/" + id)
                .then().statusCode(201).header("Location", endsWith("/api/v1/agents/" + id))
                .body("presence", equalTo("OFFLINE")).body("openTickets", equalTo(0))
                .body("skills[0].categories", equalTo("billing.*"));
        given().contentType(ContentType.JSON)
                .body(PROFILE.formatted(8).replace("\"capacity\": 8", "\"capacity\": 8, \"channelCapacity\": {\"email\": 6, \"chat\": 2}"))
                .put("/api/v1/agents/" + id)
                .then().statusCode(200).body("capacity", equalTo(8))
                .body("channelCapacity.email", equalTo(6)).body("channelCapacity.chat", equalTo(2));
        given().get("/api/v1/agents").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "sam", roles = "supervisor")
    void badInputIsAProblemWithViolationsAndAnUnknownAgentIsNotFound() {
        given().contentType(ContentType.JSON).body(PROFILE.formatted(-1)).put("/api/v1/agents/" + UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("capacity"));
        given().contentType(ContentType.JSON)
                .body(PROFILE.formatted(3).replace("billing.*", "billing*").replace("\"ru\"", "\"russian\""))
                .put("/api/v1/agents/" + UUID.randomUUID())
                .then().statusCode(400).body("violations.size()", equalTo(2));
        given().contentType(ContentType.JSON)
                .body(PROFILE.formatted(3).replace("\"capacity\": 3", "\"capacity\": 3, \"channelCapacity\": {\"fax\": 1, \"chat\": -1}"))
                .put("/api/v1/agents/" + UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json").body("violations.size()", equalTo(2));
        given().get("/api/v1/agents/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"presence\": \"online\"}")
                .put("/api/v1/agents/" + UUID.randomUUID() + "/presence").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = OLGA, roles = "agent")
    void anAgentReadsAndSetsOnlyTheirOwnProfileAndPresence() {
        olgaExists();
        given().get("/api/v1/agents/" + OLGA).then().statusCode(200).body("displayName", equalTo("Olga"));
        given().contentType(ContentType.JSON).body("{\"presence\": \"away\"}").put("/api/v1/agents/" + OLGA + "/presence")
                .then().statusCode(200).body("presence", equalTo("AWAY"));
        given().get("/api/v1/agents/" + UUID.randomUUID()).then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"presence\": \"online\"}")
                .put("/api/v1/agents/someone-else/presence").then().statusCode(403);
        given().contentType(ContentType.JSON).body(PROFILE.formatted(99)).put("/api/v1/agents/" + OLGA)
                .then().statusCode(403);
        given().get("/api/v1/agents").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "sam", roles = "supervisor")
    void teamsCoverCategoriesAndAreValidated() {
        String id = "accounts-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body("{\"name\": \"Accounts\", \"categories\": [\"billing.*\", \"it.access\"]}")
                .put("/api/v1/teams/" + id).then().statusCode(201).body("categories", hasItem("billing.*"));
        given().get("/api/v1/teams/" + id).then().statusCode(200).body("name", equalTo("Accounts"));
        given().get("/api/v1/teams/nobody").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"name\": \"\", \"categories\": [\"BILLING\"]}")
                .put("/api/v1/teams/Bad%20Id").then().statusCode(400).body("violations.size()", equalTo(3));
    }

    @Test
    @TestSecurity(user = "sam", roles = "supervisor")
    void decisionsNeedATicketId() {
        given().get("/api/v1/routing/decisions").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/routing/decisions?ticketId=" + UUID.randomUUID()).then().statusCode(200)
                .body("size()", equalTo(0));
        given().get("/api/v1/queues").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "carol", roles = "customer")
    void customersSeeNoneOfIt() {
        given().get("/api/v1/agents/" + OLGA).then().statusCode(403);
        given().get("/api/v1/queues").then().statusCode(403);
        given().get("/api/v1/routing/decisions?ticketId=" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        given().get("/api/v1/queues").then().statusCode(401);
        given().get("/api/v1/agents/" + OLGA).then().statusCode(401);
    }

    /** Olga's profile, as a supervisor would have created it. */
    private static void olgaExists() {
        ReactiveDatabase.inTransaction(() -> StoredAgent.<StoredAgent>findById(OLGA).chain(found -> {
            if (found != null) {
                return Uni.createFrom().voidItem();
            }
            StoredAgent olga = new StoredAgent();
            olga.id = OLGA;
            olga.displayName = "Olga";
            olga.languages = new String[] { "en", "ru" };
            olga.skills = Map.of("billing.*", 4);
            olga.line = SupportLine.L2;
            olga.teams = new String[] { "billing" };
            olga.capacity = 5;
            olga.presence = Presence.OFFLINE;
            return olga.persist().replaceWithVoid();
        }));
    }
}
