package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The customer was told the ticket number and when to expect an answer; recorded on the ticket so its
 * history shows what was promised.
 *
 * @param firstResponseDue the deadline named in the acknowledgement; absent when it was sent before the
 *                         SLA deadline was known
 */
@EventType("helpdesk.ticket.acknowledged.v1")
public record TicketAcknowledged(UUID notificationId, Instant sentAt, Instant firstResponseDue) implements TicketEvent {

    public TicketAcknowledged {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
