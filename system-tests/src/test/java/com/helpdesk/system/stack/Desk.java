package com.helpdesk.system.stack;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A team of its own for one test: it covers a category nobody else files in, so its tickets meet only its
 * agents, and the demo staff (ivan, olga, sam) and other tests never see them. Agents are added through
 * routing-service's API as the admin; they start offline, as every new agent does. Closing the desk
 * sends its agents offline.
 */
public final class Desk implements AutoCloseable {

    private static final String ROUTING = "http://127.0.0.1:8082/api/v1";

    private final String name;
    private final List<String> agents = new ArrayList<>();

    private Desk(String name) {
        this.name = name;
    }

    /** A new team, e.g. {@code load-1a2b3c4d} covering {@code load.r1a2b3c4d}. */
    public static Desk open(String purpose) {
        Desk desk = new Desk(purpose + "-" + UUID.randomUUID().toString().substring(0, 8));
        admin().body("{\"name\": \"%s\", \"categories\": [\"%s\"]}".formatted(desk.name, desk.category()))
                .put(ROUTING + "/teams/" + desk.team()).then().statusCode(201);
        return desk;
    }

    public String team() {
        return name;
    }

    public String category() {
        return name.replaceFirst("-", ".r");
    }

    /** A requester address of this desk, so its mailbox holds only this test's mail. */
    public String mailbox(String who) {
        return name + "-" + who + "@example.com";
    }

    /** A new agent of this desk (English, skilled in its category), offline until told otherwise. */
    public String hire(String line, int capacity) {
        String agent = UUID.randomUUID().toString();
        admin().body("""
                {"displayName": "%s agent %d", "languages": ["en"], "skills": [{"categories": "%s", "proficiency": 3}],
                 "line": "%s", "teams": ["%s"], "capacity": %d}""".formatted(name, agents.size(), category(), line, team(), capacity))
                .put(ROUTING + "/agents/" + agent).then().statusCode(201);
        agents.add(agent);
        return agent;
    }

    public void online(String agent) {
        presence(agent, "online");
    }

    @Override
    public void close() {
        agents.forEach(agent -> presence(agent, "offline"));
    }

    private static void presence(String agent, String presence) {
        admin().body("{\"presence\": \"" + presence + "\"}").put(ROUTING + "/agents/" + agent + "/presence")
                .then().statusCode(200);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Role.ADMIN.token()).contentType(ContentType.JSON);
    }
}
