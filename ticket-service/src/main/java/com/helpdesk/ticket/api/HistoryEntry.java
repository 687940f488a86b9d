package com.helpdesk.ticket.api;

import java.time.Instant;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.TicketEvent;

/** One event of a ticket's history: what happened, when, by whom. */
public record HistoryEntry(long version, String type, Instant time, String actor, TicketEvent data) {

    static HistoryEntry of(EventEnvelope<TicketEvent> event) {
        return new HistoryEntry(event.streamVersion(), event.type(), event.time(), event.actor(), event.data());
    }
}
