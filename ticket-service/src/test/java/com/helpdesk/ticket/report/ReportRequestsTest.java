package com.helpdesk.ticket.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.ticket.api.TestCallers;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Who may read reports, and what a bad query gets. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class ReportRequestsTest {

    private static final String PERIOD = "?from=2026-03-02&to=2026-03-16";

    @ParameterizedTest
    @ValueSource(strings = { "volume", "response-times", "resolution", "sla-compliance", "csat", "heatmap", "workload" })
    void onlySupervisorsAndAdminsReadReports(String report) {
        String path = "/api/v1/reports/" + report + PERIOD;
        given().get(path).then().statusCode(401);
        TestCallers.as("alice-id", "customer").get(path).then().statusCode(403).contentType("application/problem+json");
        TestCallers.as("ivan-id", "agent").get(path).then().statusCode(403);
        TestCallers.as("crm", "integration").get(path).then().statusCode(403);
        TestCallers.as("sam", "supervisor").get(path).then().statusCode(200).body("report", equalTo(report));
        TestCallers.as("ada", "admin").accept("text/csv").get(path).then().statusCode(200).contentType(containsString("text/csv"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?from=2026-03-02&to=2026-03-16&zone=Mars/Olympus      | zone",
            "?from=2026-03-02&to=2026-03-16&groupBy=requester      | groupBy",
            "?from=2026-03-02&to=2026-03-16&groupBy=CHANNEL        | groupBy",
            "?to=2026-03-16                                        | from",
            "?from=2026-03-02                                      | to",
            "?from=March&to=2026-03-16                             | from",
            "?from=2026-03-16&to=2026-03-02                        | to",
            "?from=2026-03-02&to=2026-03-02                        | to",
            "?from=2024-01-01&to=2026-01-01                        | to",
            "?from=2026-03-02&to=2026-03-16&asOf=yesterday         | asOf",
            "?from=2026-03-02&to=2026-03-16&asOf=2026-03-09        | asOf" })
    void aBadQueryIsA400NamingTheParameter(String query, String field) {
        TestCallers.as("sam", "supervisor").get("/api/v1/reports/volume" + query.trim()).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field.trim()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-03-02T00:00:00Z", "2026-03-02T03:00:00+03:00", "2026-03-02T00:00" })
    void fromAndToTakeInstantsAndLocalDateTimesToo(String from) {
        TestCallers.as("sam", "supervisor").queryParam("from", from).queryParam("to", "2026-03-16")
                .get("/api/v1/reports/volume")
                .then().statusCode(200).body("from", equalTo("2026-03-02T00:00:00Z"));
    }
}
