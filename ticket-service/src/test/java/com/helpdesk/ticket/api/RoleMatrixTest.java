package com.helpdesk.ticket.api;

import static com.helpdesk.ticket.api.TestCallers.ALICE;
import static com.helpdesk.ticket.api.TestCallers.as;
import static com.helpdesk.ticket.api.TestCallers.fileFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint × every kind of caller. "ok" means the caller got past authorisation and visibility:
 * any 2xx, or a 409/412 from the ticket's own rules — what the matrix is about is 401/403/404.
 * The ticket is alice's, filed by the CRM integration.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class RoleMatrixTest {

    private static final String OK = "ok";
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", null);
        CALLERS.put("customer (requester)", ALICE + ":customer");
        CALLERS.put("customer (other)", "bob-id:customer");
        CALLERS.put("agent", "ivan-id:agent");
        CALLERS.put("supervisor", "sam-id:supervisor,agent");
        CALLERS.put("admin", "ada-id:admin,supervisor");
        CALLERS.put("integration (filer)", "crm-system:integration");
    }

    private static final String NEW_TICKET = "{\"requester\": {\"email\": \"alice@example.com\"}, \"subject\": \"Matrix\"}";

    /** method, path under /api/v1 (with {id}), body, then the expected outcome per caller in CALLERS order. */
    private static final List<Object[]> MATRIX = List.of(
            row("POST", "tickets", NEW_TICKET, "401", OK, OK, OK, OK, OK, OK),
            row("GET", "tickets", null, "401", OK, OK, OK, OK, OK, OK),
            row("GET", "tickets/{id}", null, "401", OK, "404", OK, OK, OK, OK),
            row("GET", "tickets/{id}/history", null, "401", OK, "404", OK, OK, OK, OK),
            row("GET", "tickets/{id}/comments", null, "401", OK, "404", OK, OK, OK, OK),
            row("POST", "tickets/{id}/comments", "{\"body\": \"hello\"}", "401", OK, "404", OK, OK, OK, OK),
            row("GET", "tickets/{id}/suggestions", null, "401", "403", "403", OK, OK, OK, "403"),
            row("PATCH", "tickets/{id}", "{\"priority\": \"P1\"}", "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/start", "{}", "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/pend-customer", "{}", "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/resume", "{}", "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/resolve", "{\"resolutionCode\": \"fixed\"}", "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/close", "{}", "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/reopen", "{}", "401", OK, "404", OK, OK, OK, "403"),
            row("PUT", "tickets/{id}/assignee", "{\"agentId\": \"ivan-id\"}", "401", "403", "403", OK, OK, OK, "403"),
            row("DELETE", "tickets/{id}/assignee", null, "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/escalations", "{\"to\": \"L2\", \"reason\": \"deep\"}", "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/transfers", "{\"team\": \"hr\", \"reason\": \"wrong desk\"}", "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/merge", "{\"into\": \"{id}\"}", "401", "403", "403", OK, OK, OK, "403"),
            row("POST", "tickets/{id}/rating", "{\"score\": 4}", "401", OK, "404", "403", "403", "403", "403"),
            row("POST", "admin/ticket-views/rebuild", null, "401", "403", "403", "403", "403", OK, "403"));

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachCallerAsItShould() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] row : MATRIX) {
            String method = (String) row[0];
            String path = (String) row[1];
            String body = (String) row[2];
            String id = fileFor(ALICE, "Matrix " + method + " " + path);
            int column = 3;
            for (var caller : CALLERS.entrySet()) {
                String expected = (String) row[column++];
                tests.add(DynamicTest.dynamicTest(method + " " + path + " as " + caller.getKey() + " → " + expected,
                        () -> assertOutcome(call(caller.getValue(), method, path.replace("{id}", id),
                                body == null ? null : body.replace("{id}", id)), expected)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theLiveStreamIsForStaffOnly() {
        return Stream.of(
                DynamicTest.dynamicTest("anonymous → 401", () -> assertThat(given().get("/api/v1/tickets/stream")
                        .statusCode()).isEqualTo(401)),
                DynamicTest.dynamicTest("customer → 403", () -> assertThat(as(ALICE, "customer")
                        .get("/api/v1/tickets/stream").statusCode()).isEqualTo(403)));
    }

    private static int call(String caller, String method, String path, String body) {
        RequestSpecification request = caller == null ? given() : given().header("X-Test-Caller", caller);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, "/api/v1/" + path).statusCode();
    }

    private static void assertOutcome(int status, String expected) {
        if (OK.equals(expected)) {
            assertThat(status).as("authorised").isNotIn(401, 403, 404).isIn(200, 201, 409, 412);
        } else {
            assertThat(status).isEqualTo(Integer.parseInt(expected));
        }
    }

    private static Object[] row(Object... cells) {
        return cells;
    }
}
