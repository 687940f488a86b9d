package com.helpdesk.system.stack;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The services' public addresses, and the calls the journeys make most, as the desk's users would. */
public final class Helpdesk {

    public static final String TICKETS = "http://127.0.0.1:8081/api/v1/tickets/";
    public static final String ROUTING = "http://127.0.0.1:8082/api/v1/";
    public static final String SLA = "http://127.0.0.1:8083/api/v1/sla/";
    public static final String NOTIFICATION = "http://127.0.0.1:8084/api/v1/";
    public static final String KNOWLEDGE = "http://127.0.0.1:8085/api/v1/kb/";

    private Helpdesk() {
    }

    public static RequestSpecification as(Role role) {
        return given().auth().oauth2(role.token());
    }

    /** Another company system files a ticket for a requester known only by e-mail; returns its id. */
    public static String file(String category, String requesterEmail, String subject, String description) {
        return file(as(Role.INTEGRATION), category, requesterEmail, subject, description);
    }

    /**
     * As {@link #file(String, String, String, String)}, from a system that traces its work: the request carries
     * its W3C {@code traceparent}, so the ticket's handling continues the caller's trace.
     */
    public static String fileWithin(String traceparent, String category, String requesterEmail, String subject,
            String description) {
        return file(as(Role.INTEGRATION).header("traceparent", traceparent), category, requesterEmail, subject, description);
    }

    private static String file(RequestSpecification caller, String category, String requesterEmail, String subject,
            String description) {
        return caller.contentType(ContentType.JSON).body("""
                {"requester": {"email": "%s", "name": "Journey Customer", "language": "en"},
                 "subject": "%s", "description": "%s", "category": "%s", "priority": "P3", "language": "en"}"""
                .formatted(requesterEmail, subject, description, category))
                .post(TICKETS).then().statusCode(201).extract().path("id");
    }

    /** The ticket as ticket-service tells the admin, from its events. */
    public static JsonPath ticket(String id) {
        return as(Role.ADMIN).get(TICKETS + id).then().statusCode(200).extract().jsonPath();
    }

    /** The tickets waiting in a team's queues, in queue order, as a supervisor sees them. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> queueOf(String team) {
        List<Map<String, Object>> queues = as(Role.SUPERVISOR).get(ROUTING + "queues").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return queues.stream().filter(queue -> team.equals(queue.get("team")))
                .flatMap(queue -> ((List<Map<String, Object>>) queue.get("tickets")).stream()).toList();
    }

    /** The ids of the tickets waiting in a team's queues, in queue order. */
    public static List<String> waitingIn(String team) {
        return queueOf(team).stream().map(waiting -> (String) waiting.get("ticketId")).toList();
    }

    /** Resolves and closes a journey's ticket so it holds no agent's capacity; whatever state it is in. */
    public static void closeQuietly(String id) {
        as(Role.ADMIN).contentType(ContentType.JSON).body("{\"resolutionCode\": \"test-cleanup\"}").post(TICKETS + id + "/resolve");
        as(Role.ADMIN).contentType(ContentType.JSON).body("{}").post(TICKETS + id + "/close");
    }
}
