package com.helpdesk.system.stack;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The mail provider's side of inbound e-mail: it posts each received mail to notification-service, signed
 * with the shared secret (the local stack's dev default) the way notification-service's README describes.
 */
public final class MailProvider {

    private static final String SECRET = "dev-inbound-secret";

    private MailProvider() {
    }

    /** Posts a mail (notification-service's provider shape, as JSON) and returns the answer. */
    public static ValidatableResponse deliver(String mail) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return given().contentType(ContentType.JSON)
                .header("Helpdesk-Signature", "t=" + timestamp + ",v1=" + hmac(timestamp + "." + mail))
                .body(mail.getBytes(StandardCharsets.UTF_8))
                .post(Helpdesk.NOTIFICATION + "inbound/email").then();
    }

    private static String hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
