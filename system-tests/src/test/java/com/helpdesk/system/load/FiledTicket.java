package com.helpdesk.system.load;

import java.time.Duration;
import java.time.Instant;

/**
 * One ticket a load run offered: when it was first sent, when ticket-service accepted it (after however
 * many attempts an outage took) and what it answered.
 */
public record FiledTicket(String idempotencyKey, Instant offeredAt, Instant acceptedAt, int attempts, String id,
        String number) {

    public Duration intake() {
        return Duration.between(offeredAt, acceptedAt);
    }
}
