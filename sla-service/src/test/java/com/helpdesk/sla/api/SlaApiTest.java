package com.helpdesk.sla.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.Visibility;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.sla.SlaFixtures;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Calendars, policies and ticket clocks over HTTP; supervisors write, staff read. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class SlaApiTest {

    private static final String OFFICE = """
            {"id": "%s", "name": "Berlin office", "zone": "Europe/Berlin",
             "weekly": {"MONDAY": [{"from": "09:00", "to": "12:00"}, {"from": "13:00", "to": "17:00"}],
                        "TUESDAY": [{"from": "09:00", "to": "17:00"}]},
             "holidays": ["2026-12-24"], "yearlyHolidays": ["01-01", "12-25"],
             "workingDays": [{"date": "2026-12-19", "hours": [{"from": "10:00", "to": "14:00"}]}]}""";

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    @TestSecurity(user = "sue", roles = "supervisor")
    void aSupervisorCreatesAndRevisesACalendar() {
        String id = "berlin-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(OFFICE.formatted(id)).post("/api/v1/sla/calendars")
                .then().statusCode(201)
                .header("Location", equalTo("http://localhost:" + port() + "/api/v1/sla/calendars/" + id))
                .body("version", equalTo(1))
                .body("weekly.MONDAY.from", hasItems("09:00", "13:00"))
                .body("yearlyHolidays", hasItems("01-01", "12-25"))
                .body("workingDays[0].date", equalTo("2026-12-19"));

        given().contentType(ContentType.JSON).body(OFFICE.formatted(id).replace("Berlin office", "Berlin HQ"))
                .put("/api/v1/sla/calendars/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("name", equalTo("Berlin HQ"));
        given().get("/api/v1/sla/calendars/" + id).then().statusCode(200).body("version", equalTo(2));
        given().get("/api/v1/sla/calendars").then().statusCode(200).body("id", hasItems("24x7", "ru-moscow-2026", id));

        given().contentType(ContentType.JSON).body(OFFICE.formatted(id)).post("/api/v1/sla/calendars")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(OFFICE.formatted("24x7")).put("/api/v1/sla/calendars/24x7")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/sla/calendars/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "sue", roles = "supervisor")
    void badCalendarsAreRejectedWithProblems() {
        given().contentType(ContentType.JSON).body(OFFICE.formatted("mars").replace("Europe/Berlin", "Mars/Olympus"))
                .post("/api/v1/sla/calendars").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(OFFICE.formatted("overlap").replace("\"to\": \"12:00\"", "\"to\": \"14:00\""))
                .post("/api/v1/sla/calendars").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(OFFICE.formatted("late").replace("17:00", "25:00"))
                .post("/api/v1/sla/calendars").then().statusCode(400).body("violations.field", hasItem(
                        org.hamcrest.Matchers.startsWith("weekly[MONDAY]")));
        given().contentType(ContentType.JSON).body("{\"id\": \"Not A Slug\", \"zone\": \"UTC\", \"weekly\": {}}")
                .post("/api/v1/sla/calendars").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"weekly\": ").post("/api/v1/sla/calendars")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "sue", roles = "supervisor")
    void policiesAreVersionedAndATicketKeepsTheVersionItStartedWith() {
        String policy = """
                {"name": "P1 API tests", "match": {"priority": "P1", "categoryPrefix": "apitest"},
                 "firstResponseMinutes": 30, "resolutionMinutes": 480, "calendarId": "24x7"}""";
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(policy).post("/api/v1/sla/policies")
                .then().statusCode(201).body("version", equalTo(1)).body("warningPercent", equalTo(80))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(policy.replace("30", "20")).put("/api/v1/sla/policies/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("firstResponseMinutes", equalTo(20));

        UUID ticketId = UUID.randomUUID();
        Instant filed = Instant.now();
        try (var publisher = new TopicPublisher(kafka.bootstrapServers())) {
            publisher.publish(SlaFixtures.created(ticketId, filed, Priority.P1, "apitest.login"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/sla/tickets/" + ticketId)
                .then().statusCode(200)
                .body("state", equalTo("RUNNING"))
                .body("policy.id", equalTo(id))
                .body("policy.version", equalTo(2))
                .body("targets.target", hasItems("FIRST_RESPONSE", "RESOLUTION"))
                .body("targets[0].allowedMinutes", equalTo(20))
                .body("targets[0].status", equalTo("RUNNING"))
                .body("timeline", hasSize(1))
                .body("timeline[0].kind", equalTo("DeadlinesSet"))
                .body("timeline[0].causeType", equalTo("helpdesk.ticket.created.v1"))
                .body("timeline[0].calendarId", equalTo("24x7")));

        given().contentType(ContentType.JSON).body(policy.replace("30", "10")).put("/api/v1/sla/policies/" + id)
                .then().statusCode(200).body("version", equalTo(3));
        given().get("/api/v1/sla/tickets/" + ticketId).then().body("policy.version", equalTo(2));

        given().post("/api/v1/sla/policies/" + id + "/reapply").then().statusCode(200).body("retargeted", equalTo(1));
        given().get("/api/v1/sla/tickets/" + ticketId).then()
                .body("policy.version", equalTo(3))
                .body("targets[0].allowedMinutes", equalTo(10))
                .body("timeline.causeType", hasItem("policy-reapplied"));
        given().post("/api/v1/sla/policies/" + id + "/reapply").then().statusCode(200).body("retargeted", equalTo(0));
        given().post("/api/v1/sla/policies/" + UUID.randomUUID() + "/reapply").then().statusCode(404);
        given().get("/api/v1/sla/policies/" + id + "/versions").then().statusCode(200).body("version", hasItems(1, 2, 3));
        given().get("/api/v1/sla/policies").then().statusCode(200).body("builtIn", hasItem(true));
    }

    @Test
    @TestSecurity(user = "sue", roles = "supervisor")
    void badPoliciesAreRejectedWithProblems() {
        given().contentType(ContentType.JSON).body("""
                {"name": "x", "firstResponseMinutes": -5, "calendarId": "24x7", "warningPercent": 150}""")
                .post("/api/v1/sla/policies").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("firstResponseMinutes", "warningPercent"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"firstResponseMinutes\": 5, \"calendarId\": \"nowhere\"}")
                .post("/api/v1/sla/policies").then().statusCode(400).body("type", org.hamcrest.Matchers.endsWith("unknown-calendar"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"calendarId\": \"24x7\"}")
                .post("/api/v1/sla/policies").then().statusCode(400).body("type", org.hamcrest.Matchers.endsWith("no-target"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"firstResponseMinutes\": 5, \"calendarId\": \"24x7\"}")
                .put("/api/v1/sla/policies/00000000-0000-0000-0000-000000000018").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"firstResponseMinutes\": 5, \"calendarId\": \"24x7\"}")
                .put("/api/v1/sla/policies/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/sla/policies/not-a-uuid").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sue", roles = "supervisor")
    void whatIfJudgesTheFollowingTicketsUnderADraftAndChangesNothing() {
        String policy = """
                {"name": "P2 what-if", "match": {"priority": "P2", "categoryPrefix": "whatif"},
                 "firstResponseMinutes": 480, "resolutionMinutes": 2400, "calendarId": "24x7"}""";
        String id = given().contentType(ContentType.JSON).body(policy).post("/api/v1/sla/policies")
                .then().statusCode(201).extract().path("id");
        UUID waitingSixHours = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        try (var publisher = new TopicPublisher(kafka.bootstrapServers())) {
            publisher.publish(SlaFixtures.created(waitingSixHours, Instant.now().minus(Duration.ofHours(6)),
                    Priority.P2, "whatif.vpn"));
            publisher.publish(SlaFixtures.created(fresh, Instant.now(), Priority.P2, "whatif.vpn"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/api/v1/sla/tickets/" + fresh).then().statusCode(200);
            given().get("/api/v1/sla/tickets/" + waitingSixHours).then().statusCode(200);
        });

        given().contentType(ContentType.JSON).body(policy.replace("480", "240"))
                .post("/api/v1/sla/policies/" + id + "/simulate")
                .then().statusCode(200)
                .body("clocks", equalTo(2))
                .body("targets.find { it.target == 'FIRST_RESPONSE' }.current.ON_TRACK", equalTo(2))
                .body("targets.find { it.target == 'FIRST_RESPONSE' }.draft.ON_TRACK", equalTo(1))
                .body("targets.find { it.target == 'FIRST_RESPONSE' }.draft.BREACHED", equalTo(1))
                .body("changes", hasSize(1))
                .body("changes[0].ticketId", equalTo(waitingSixHours.toString()))
                .body("changes[0].draft.outcome", equalTo("BREACHED"));
        given().get("/api/v1/sla/tickets/" + waitingSixHours).then().body("targets[0].allowedMinutes", equalTo(480));

        given().contentType(ContentType.JSON).body(policy).post("/api/v1/sla/policies/" + UUID.randomUUID() + "/simulate")
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(policy.replace("480", "-1"))
                .post("/api/v1/sla/policies/" + id + "/simulate").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "sue", roles = "supervisor")
    void complianceCountsMetInTimeAgainstBreachedPerTeam() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        UUID late = UUID.randomUUID();
        UUID answered = UUID.randomUUID();
        try (var publisher = new TopicPublisher(kafka.bootstrapServers())) {
            publisher.publish(SlaFixtures.created(late, Instant.now().minus(Duration.ofDays(6)), Priority.P3, "it", team));
            var created = SlaFixtures.created(answered, Instant.now(), Priority.P3, "it", team);
            publisher.publish(created);
            publisher.publish(SlaFixtures.next(created, 2, new TicketCommented(UUID.randomUUID(), "andy",
                    AuthorRole.AGENT, Visibility.PUBLIC, "On it", List.of())));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .queryParam("groupBy", "team").queryParam("period", "day")
                .get("/api/v1/sla/reports/compliance")
                .then().statusCode(200)
                .body("find { it.group == '%s' && it.target == 'FIRST_RESPONSE' }.met".formatted(team), equalTo(1))
                .body("find { it.group == '%s' && it.target == 'FIRST_RESPONSE' }.breached".formatted(team), equalTo(1))
                .body("find { it.group == '%s' && it.target == 'FIRST_RESPONSE' }.percentMet".formatted(team), equalTo(50.0f))
                .body("find { it.group == '%s' && it.target == 'RESOLUTION' }.breached".formatted(team), equalTo(1)));

        given().queryParam("groupBy", "colour").get("/api/v1/sla/reports/compliance")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("from", "yesterday").get("/api/v1/sla/reports/compliance")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get("/api/v1/sla/reports/compliance").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "andy", roles = "agent")
    void agentsReadButDoNotWrite() {
        given().get("/api/v1/sla/policies").then().statusCode(200);
        given().get("/api/v1/sla/calendars/ru-moscow-2026").then().statusCode(200).body("zone", equalTo("Europe/Moscow"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"firstResponseMinutes\": 5, \"calendarId\": \"24x7\"}")
                .post("/api/v1/sla/policies").then().statusCode(403);
        given().get("/api/v1/sla/tickets/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/sla/reports/compliance").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "alice", roles = "customer")
    void customersSeeNoSlaInternals() {
        given().get("/api/v1/sla/policies").then().statusCode(403);
        given().get("/api/v1/sla/tickets/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        given().get("/api/v1/sla/calendars").then().statusCode(401);
    }

    private static int port() {
        return io.restassured.RestAssured.port;
    }
}
