package com.helpdesk.ticket.api;

import static io.restassured.RestAssured.given;

import com.helpdesk.ticket.testing.HeaderCaller;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Short hands for the ticket API in tests, as one of a few people ({@link HeaderCaller}). */
public final class TestCallers {

    public static final String ALICE = "alice-id";
    public static final String BOB = "bob-id";
    public static final String IVAN = "ivan-id";

    private TestCallers() {
    }

    public static RequestSpecification as(String id, String roles) {
        return given().header(HeaderCaller.HEADER, id + ":" + roles);
    }

    public static RequestSpecification alice() {
        return as(ALICE, "customer");
    }

    public static RequestSpecification bob() {
        return as(BOB, "customer");
    }

    public static RequestSpecification ivan() {
        return as(IVAN, "agent");
    }

    public static RequestSpecification crm() {
        return as("crm-system", "integration");
    }

    public static RequestSpecification json(RequestSpecification caller, String body) {
        return caller.contentType(ContentType.JSON).body(body);
    }

    /** The CRM files a ticket for the requester and returns its id. */
    public static String fileFor(String requesterUserId, String subject) {
        return json(crm(), """
                {"requester": {"userId": "%s", "email": "alice@example.com"}, "subject": "%s",
                 "description": "details of %s", "category": "it.access", "priority": "P2"}"""
                .formatted(requesterUserId, subject, subject))
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse act(RequestSpecification caller, String id, String action, String body) {
        return json(caller, body).post("/api/v1/tickets/" + id + "/" + action).then();
    }
}
