package com.helpdesk.system.stack;

import static io.restassured.RestAssured.given;

/** Real tokens from the helpdesk realm: the demo users' passwords and the integration client's secret. */
public final class Keycloak {

    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/helpdesk/protocol/openid-connect/token";

    private Keycloak() {
    }

    /** A demo user (password = user name) through the CLI client's password grant. */
    public static String tokenFor(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "helpdesk-cli")
                .formParam("username", user).formParam("password", user)
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    /** Another company system, through client credentials. */
    public static String integrationToken() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "helpdesk-integration")
                .formParam("client_secret", "integration-dev-secret")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }
}
