package com.helpdesk.notification.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a survey link: {@code <survey id>.<base64url HMAC-SHA256 of the id>}. Only we can make one, so a
 * link cannot be guessed or altered to rate another ticket; whether it was used is the survey row's business.
 */
public final class SurveyToken {

    private SurveyToken() {
    }

    public static String of(UUID survey, String secret) {
        return survey + "." + mac(survey, secret);
    }

    /** The survey a token names, if we signed it. */
    public static Optional<UUID> verify(String token, String secret) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        UUID survey;
        try {
            survey = UUID.fromString(token.substring(0, dot));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        boolean signed = MessageDigest.isEqual(mac(survey, secret).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return signed ? Optional.of(survey) : Optional.empty();
    }

    private static String mac(UUID survey, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("survey." + survey).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
