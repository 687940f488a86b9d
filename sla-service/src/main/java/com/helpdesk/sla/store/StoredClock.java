package com.helpdesk.sla.store;

import java.util.UUID;

import com.helpdesk.sla.domain.SlaClock;

/**
 * A ticket's clock as stored, with what its published events need: the ticket version it last reacted to
 * and the correlation id of the ticket's causal chain (so timer events join the ticket's trace).
 */
public record StoredClock(UUID ticketId, SlaClock clock, long ticketVersion, UUID correlationId) {

    public static StoredClock none(UUID ticketId) {
        return new StoredClock(ticketId, SlaClock.NONE, 0, null);
    }

    public StoredClock with(SlaClock changed, long version, UUID correlation) {
        return new StoredClock(ticketId, changed, version, correlation);
    }
}
