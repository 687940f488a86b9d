package com.helpdesk.system.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.system.stack.Demo;
import com.helpdesk.system.stack.Helpdesk;
import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.Role;

import io.restassured.http.ContentType;

/**
 * Every endpoint of every service, called by every role with a real Keycloak token, against
 * {@code role-matrix.txt}. The matrix must name exactly the endpoints the services' OpenAPI documents
 * list, so a new endpoint cannot ship without someone deciding who may call it.
 */
@Tag("system")
@ExtendWith(LocalStack.class)
class RoleMatrixTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String MALFORMED_JSON = "{\"";
    /** Refusals are immediate; a call still running after this (a read-model rebuild, say) was let through. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static Map<String, String> pathValues;

    @BeforeAll
    static void createWhatThePathsName() {
        String ticketOfA = given().auth().oauth2(Role.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body("""
                        {"subject": "Printer on fire", "description": "Role matrix probe", "category": "it.hardware",
                         "priority": "P4", "language": "en"}""")
                .post("http://127.0.0.1:8081/api/v1/tickets").then().statusCode(201).extract().path("id");
        String article = given().auth().oauth2(Role.ADMIN.token()).contentType(ContentType.JSON)
                .body("""
                        {"title": "Role matrix probe", "body": "Only for the role matrix.", "category": "it.probe",
                         "visibility": "PUBLIC", "locale": "en"}""")
                .post("http://127.0.0.1:8085/api/v1/kb/articles").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Role.ADMIN.token()).post("http://127.0.0.1:8085/api/v1/kb/articles/" + article + "/publish")
                .then().statusCode(200);
        String webhook = given().auth().oauth2(Role.ADMIN.token()).contentType(ContentType.JSON)
                .body("""
                        {"url": "http://127.0.0.1:9/role-matrix", "eventTypes": ["helpdesk.ticket.created.v1"],
                         "team": "role-matrix-nobody"}""")
                .post("http://127.0.0.1:8084/api/v1/webhooks").then().statusCode(201).extract().path("id");
        pathValues = Map.of(
                "tickets", ticketOfA,
                "agents", Demo.IVAN,
                "teams", firstId("http://127.0.0.1:8082/api/v1/teams", "id[0]"),
                "calendars", firstId("http://127.0.0.1:8083/api/v1/sla/calendars", "id[0]"),
                "policies", firstId("http://127.0.0.1:8083/api/v1/sla/policies", "id[0]"),
                "articles", article,
                "versions", "1",
                "webhooks", webhook,
                "deliveries", UUID.randomUUID().toString(),
                "survey", UUID.randomUUID() + ".forged");
    }

    @AfterAll
    static void closeTheTicket() {
        Helpdesk.closeQuietly(pathValues.get("tickets"));
    }

    @Test
    void theMatrixNamesEveryEndpointOfEveryService() {
        Set<String> published = new TreeSet<>();
        for (int port : RoleMatrix.load().stream().map(Row::port).collect(Collectors.toCollection(TreeSet::new))) {
            published.addAll(openApiEndpoints(port));
        }
        Set<String> inMatrix = RoleMatrix.load().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inMatrix).as("endpoints in role-matrix.txt").isEqualTo(published);
    }

    @Test
    void everyRoleGetsWhatTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : RoleMatrix.load()) {
            for (Role role : Role.values()) {
                String expected = row.expected(role);
                int status = call(row, role);
                if (!RoleMatrix.matches(expected, status)) {
                    wrong.add("%s as %s: expected %s, got %d".formatted(row.endpoint(), role, expected, status));
                }
            }
        }
        assertThat(wrong).as("calls that did not get what the matrix says").isEmpty();
    }

    private static int call(Row row, Role role) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + row.port() + concrete(row.path())))
                .timeout(PATIENCE);
        if (role.token() != null) {
            request.header("Authorization", "Bearer " + role.token());
        }
        if (row.method().equals("GET") || row.method().equals("DELETE")) {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(row.body().orElse(MALFORMED_JSON)));
        }
        try {
            // Headers are enough, and an event stream let through would never end its body.
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (HttpTimeoutException stillWorking) {
            return RoleMatrix.STILL_WORKING;
        } catch (IOException e) {
            throw new UncheckedIOException(row.endpoint() + " as " + role, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A path template with each parameter replaced by an existing thing named by the segment before it. */
    private static String concrete(String template) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String collection = segments[i - 1];
                segments[i] = pathValues.get(collection);
                assertThat(segments[i]).as("a value for the parameter after /" + collection + " in " + template).isNotNull();
            }
        }
        return String.join("/", segments);
    }

    private static Set<String> openApiEndpoints(int port) {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json")
                .get("http://127.0.0.1:" + port + "/q/openapi").then().statusCode(200).extract().path("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> endpoints.add(Row.endpoint(port, method.toUpperCase(), path))));
        return endpoints;
    }

    private static String firstId(String url, String path) {
        return given().auth().oauth2(Role.ADMIN.token()).get(url).then().statusCode(200).extract().path(path);
    }
}
