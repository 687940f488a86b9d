package com.helpdesk.notification.inbound;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import com.helpdesk.notification.domain.HmacSignature;

/**
 * The {@code Helpdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} header — the same scheme
 * our outgoing webhooks use, so one verification snippet serves both directions.
 */
public record InboundSignature(long timestamp, String v1) {

    public static final String HEADER = "Helpdesk-Signature";

    /** The header as a signer writes it. */
    public static String header(String secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + HmacSignature.sign(secret, timestamp, body);
    }

    /** True if the header is present, well-formed, fresh and made with {@code secret} over {@code body}. */
    public static boolean verifies(String header, String secret, byte[] body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        OptionalLong timestamp = OptionalLong.empty();
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = OptionalLong.of(Long.parseLong(pair[1]));
                } catch (NumberFormatException malformed) {
                    return false;
                }
            } else if (pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (timestamp.isEmpty() || Math.abs(now.getEpochSecond() - timestamp.getAsLong()) > tolerance.toSeconds()) {
            return false;
        }
        return HmacSignature.matches(secret, timestamp.getAsLong(), body, v1);
    }
}
