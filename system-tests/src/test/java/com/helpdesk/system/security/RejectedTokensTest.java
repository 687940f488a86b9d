package com.helpdesk.system.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.system.stack.Keycloak;
import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.Role;

/** Each service refuses, with 401, a token that is missing, forged, from another issuer or expired. */
@Tag("system")
@ExtendWith(LocalStack.class)
class RejectedTokensTest {

    /** One endpoint per service that the admin may call. */
    private static final List<String> PROTECTED = List.of(
            "http://127.0.0.1:8081/api/v1/tickets",
            "http://127.0.0.1:8082/api/v1/teams",
            "http://127.0.0.1:8083/api/v1/sla/calendars",
            "http://127.0.0.1:8084/api/v1/tickets/" + UUID.randomUUID() + "/notifications",
            "http://127.0.0.1:8085/api/v1/kb/reports/most-viewed");

    @Test
    void aValidTokenIsAcceptedEverywhere() {
        PROTECTED.forEach(url -> given().auth().oauth2(Role.ADMIN.token()).get(url).then().statusCode(200));
    }

    @Test
    void missingTokenIsRefused() {
        PROTECTED.forEach(url -> given().get(url).then().statusCode(401));
    }

    @Test
    void forgedSignatureIsRefused() {
        String token = Role.ADMIN.token();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        PROTECTED.forEach(url -> given().auth().oauth2(forged).get(url).then().statusCode(401));
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        String master = Keycloak.masterAdminToken();
        PROTECTED.forEach(url -> given().auth().oauth2(master).get(url).then().statusCode(401));
    }

    @Test
    void expiredTokenIsRefused() {
        String clientId = "expiry-probe-" + UUID.randomUUID();
        String client = Keycloak.createShortLivedClient(clientId, 3);
        try {
            String shortLived = Keycloak.tokenFor("ada", clientId);
            PROTECTED.forEach(url -> given().auth().oauth2(shortLived).get(url).then().statusCode(200));
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    PROTECTED.forEach(url -> given().auth().oauth2(shortLived).get(url).then().statusCode(401)));
        } finally {
            Keycloak.deleteClient(client);
        }
    }
}
