package com.helpdesk.ticket.api;

import static com.helpdesk.ticket.api.TestCallers.ALICE;
import static com.helpdesk.ticket.api.TestCallers.fileFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Generated bad input against the creating and changing endpoints: broken JSON, wrong types, unknown enum
 * values, oversized fields, control characters, bad ids and headers. Every request must be a 4xx
 * problem+json, and none may store or publish anything.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class MalformedRequestsTest {

    private static final String VALID_TICKET = """
            {"requester": {"email": "alice@example.com", "name": "Alice"}, "subject": "Cannot log in",
             "description": "Reset link expired", "channel": "API", "category": "it.access", "priority": "P3",
             "language": "en", "tags": ["login"], "customFields": {"asset": "LT-1"}, "externalReference": "CRM-1"}""";

    /** field → replacement values that must each make the request invalid */
    private static final Map<String, List<String>> BAD_TICKET_FIELDS = new TreeMap<>(Map.of(
            "subject", List.of("\"\"", "\"   \"", "null", "42", "[\"a\"]", "{\"a\":1}", "true", quoted("x".repeat(201)),
                    "\"tab\\u0009inside\"", "\"nul\\u0000byte\"", "\"bell\\u0007\""),
            "description", List.of("42", "[]", "{}", "false", quoted("d".repeat(65_537)), "\"nul\\u0000\"",
                    "\"escape\\u001b[31m\""),
            "channel", List.of("\"FAX\"", "\"api\"", "7", "[]", "\"\""),
            "priority", List.of("\"P9\"", "\"p1\"", "\"HIGH\"", "1", "{}", "\"\""),
            "category", List.of("\"IT ACCESS\"", "\"it..access\"", "\".it\"", "\"it/access\"", "12", quoted("c".repeat(101))),
            "language", List.of("\"de\"", "\"english\"", "\"EN\"", "3"),
            "tags", List.of("\"login\"", "{\"a\":\"b\"}", "[\"\"]", "[1, {}]", "[" + "\"t\",".repeat(21) + "\"t\"]",
                    "[" + quoted("t".repeat(51)) + "]", "[\"nul\\u0000\"]"),
            "customFields", List.of("[]", "\"a=b\"", "{\"k\": " + quoted("v".repeat(1001)) + "}", "{\"\": \"v\"}",
                    "{\"k\": \"\\u0000\"}"),
            "requester", List.of("\"alice\"", "[]", "{\"email\": \"not-an-email\"}", "{\"email\": \"\"}",
                    "{\"email\": 5}", "{\"name\": \"no email\"}", "{\"email\": \"a@b.c\", \"language\": \"fr\"}"),
            "externalReference", List.of("{}", quoted("r".repeat(201)), "\"line\\nbreak\"")));

    private final Random random = new Random(20261123);

    @Test
    void athousandMalformedRequestsAreRejectedAndLeaveNoTrace() {
        String ticket = fileFor(ALICE, "The fuzzing target");
        long eventsBefore = count("ticket_event");
        long outboxBefore = count("platform_outbox");

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int round = 0; round < 9; round++) {
            for (var field : BAD_TICKET_FIELDS.entrySet()) {
                for (String value : field.getValue()) {
                    sent += check(failures, "POST", "/api/v1/tickets", withField(VALID_TICKET, field.getKey(), value), null);
                }
            }
            for (int i = 0; i < 25; i++) {
                sent += check(failures, "POST", "/api/v1/tickets", truncated(VALID_TICKET), null);
                sent += check(failures, "POST", "/api/v1/tickets/" + ticket + "/comments", randomComment(), null);
            }
            sent += check(failures, "POST", "/api/v1/tickets", "", null);
            sent += check(failures, "POST", "/api/v1/tickets", "null", null);
            sent += check(failures, "POST", "/api/v1/tickets", "[]", null);
            sent += check(failures, "PATCH", "/api/v1/tickets/" + ticket, "{\"priority\": \"P0\"}", null);
            sent += check(failures, "PATCH", "/api/v1/tickets/" + ticket, "{\"addTags\": [\"\\u0000\"]}", null);
            sent += check(failures, "PATCH", "/api/v1/tickets/" + ticket, "{\"priority\": \"P1\"}", "\"not-a-version\"");
            sent += check(failures, "POST", "/api/v1/tickets/" + ticket + "/escalations", "{\"to\": \"L9\", \"reason\": \"x\"}", null);
            sent += check(failures, "POST", "/api/v1/tickets/" + ticket + "/escalations", "{\"to\": \"L2\"}", null);
            sent += check(failures, "POST", "/api/v1/tickets/" + ticket + "/merge", "{\"into\": \"not-a-uuid\"}", null);
            sent += check(failures, "POST", "/api/v1/tickets/" + ticket + "/resolve", "{\"knowledgeArticleId\": 12}", null);
            sent += check(failures, "POST", "/api/v1/tickets/" + ticket + "/transfers", "{\"team\": \"\", \"reason\": \"\"}", null);
            sent += check(failures, "POST", "/api/v1/tickets/not-a-uuid/comments", "{\"body\": \"hi\"}", null);
            sent += check(failures, "GET", "/api/v1/tickets?createdFrom=yesterday", null, null);
        }

        assertThat(failures).as("requests answered other than 4xx problem+json").isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(1000);
        assertThat(count("ticket_event")).as("events stored").isEqualTo(eventsBefore);
        assertThat(count("platform_outbox")).as("events published").isEqualTo(outboxBefore);
        System.out.printf("MalformedRequestsTest: %d malformed requests, all 4xx, none stored or published%n", sent);
    }

    private int check(List<String> failures, String method, String path, String body, String ifMatch) {
        var request = given().header("X-Test-Caller", "ivan-id:agent");
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        var response = request.request(method, path);
        int status = response.statusCode();
        boolean problem = status == 413 || String.valueOf(response.contentType()).startsWith("application/problem+json");
        if (status < 400 || status >= 500 || !problem) {
            failures.add(method + " " + path + " " + abbreviate(body) + " → " + status + " " + response.contentType());
        }
        return 1;
    }

    private String randomComment() {
        return switch (random.nextInt(6)) {
            case 0 -> "{\"body\": \"\"}";
            case 1 -> "{\"body\": " + quoted("b".repeat(65_537)) + "}";
            case 2 -> "{\"body\": \"hi\", \"visibility\": \"SECRET\"}";
            case 3 -> "{\"body\": \"a\\u0000b\"}";
            case 4 -> "{\"body\": [\"hi\"]}";
            default -> truncated("{\"body\": \"hello there\", \"visibility\": \"PUBLIC\"}");
        };
    }

    /** A strict prefix of valid JSON is never valid JSON. */
    private String truncated(String json) {
        return json.substring(0, 1 + random.nextInt(json.length() - 1));
    }

    private static String withField(String json, String field, String value) {
        return json.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\})", "\"" + field + "\": "
                + java.util.regex.Matcher.quoteReplacement(value));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }

    private static long count(String table) {
        return ReactiveDatabase.inSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from " + table, Long.class).getSingleResult()));
    }
}
