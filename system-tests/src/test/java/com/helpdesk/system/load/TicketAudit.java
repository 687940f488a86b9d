package com.helpdesk.system.load;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.helpdesk.system.stack.Role;

import io.restassured.response.Response;

/** What the desk says about a load run's tickets, read through ticket-service's public API as the admin. */
public final class TicketAudit {

    private static final String TICKETS = "http://127.0.0.1:8081/api/v1/tickets";
    private static final String ASSIGNED = "helpdesk.ticket.assigned.v1";
    /** Events after which a ticket has no assignee, so a new assignment is not a second one at a time. */
    private static final List<String> RELEASES = List.of("helpdesk.ticket.unassigned.v1",
            "helpdesk.ticket.transferred.v1", "helpdesk.ticket.escalated.v1", "helpdesk.ticket.reopened.v1");

    private TicketAudit() {
    }

    /** The read model's tickets of a category (the run's own), all pages. */
    public static List<Map<String, Object>> listed(String category) {
        List<Map<String, Object>> tickets = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Role.ADMIN.token()).queryParam("category", category).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(TICKETS).then().statusCode(200).extract().response();
            tickets.addAll(page.jsonPath().getList("tickets"));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        return tickets;
    }

    /** A ticket's history from the event store; empty if the desk does not know the ticket. */
    public static Optional<History> history(String id) {
        Response response = given().auth().oauth2(Role.ADMIN.token()).get(TICKETS + "/" + id + "/history");
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(new History(response.then().statusCode(200).extract().jsonPath().getList("$")));
    }

    /** A ticket's events, oldest first. */
    public record History(List<Map<String, Object>> events) {

        /** When the first assignment was recorded, if any. */
        public Optional<Instant> firstAssigned() {
            return events.stream().filter(event -> ASSIGNED.equals(event.get("type")))
                    .map(event -> Instant.parse((String) event.get("time"))).findFirst();
        }

        /** Assignments recorded while the ticket was already assigned: each one a ticket held twice. */
        public int assignmentsOnTopOfAnother() {
            boolean held = false;
            int doubled = 0;
            for (Map<String, Object> event : events) {
                if (ASSIGNED.equals(event.get("type"))) {
                    doubled += held ? 1 : 0;
                    held = true;
                } else if (RELEASES.contains(event.get("type"))) {
                    held = false;
                }
            }
            return doubled;
        }
    }
}
