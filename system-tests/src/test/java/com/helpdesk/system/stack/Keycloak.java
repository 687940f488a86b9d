package com.helpdesk.system.stack;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Real tokens from the helpdesk realm: the demo users' passwords and the integration client's secret. */
public final class Keycloak {

    private static final String URL = "http://127.0.0.1:8180";
    private static final String TOKEN_PATH = "/protocol/openid-connect/token";
    private static final String HELPDESK = URL + "/realms/helpdesk";

    private Keycloak() {
    }

    /** A demo user (password = user name) through the CLI client's password grant. */
    public static String tokenFor(String user) {
        return tokenFor(user, "helpdesk-cli");
    }

    /** A demo user through a given public client of the helpdesk realm. */
    public static String tokenFor(String user, String client) {
        return given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user)
                .post(HELPDESK + TOKEN_PATH).then().statusCode(200).extract().path("access_token");
    }

    /** Another company system, through client credentials. */
    public static String integrationToken() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "helpdesk-integration")
                .formParam("client_secret", "integration-dev-secret")
                .post(HELPDESK + TOKEN_PATH).then().statusCode(200).extract().path("access_token");
    }

    /** Keycloak's own administrator (dev bootstrap admin/admin), from the master realm: another issuer. */
    public static String masterAdminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(URL + "/realms/master" + TOKEN_PATH).then().statusCode(200).extract().path("access_token");
    }

    /** Adds a public password-grant client to the helpdesk realm whose access tokens live {@code seconds}. */
    public static String createShortLivedClient(String clientId, int seconds) {
        return given().auth().oauth2(masterAdminToken()).contentType(ContentType.JSON).body("""
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true, "standardFlowEnabled": false,
                 "attributes": {"access.token.lifespan": "%d"}}""".formatted(clientId, seconds))
                .post(URL + "/admin/realms/helpdesk/clients").then().statusCode(201).extract().header("Location");
    }

    /** Removes a client made by {@link #createShortLivedClient}, given the location Keycloak answered. */
    public static void deleteClient(String location) {
        given().auth().oauth2(masterAdminToken()).delete(location).then().statusCode(204);
    }
}
