package com.helpdesk.notification.delivery;

import java.util.Objects;
import java.util.UUID;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.notification.templates.RenderedMail;

/**
 * A mail to record for delivery.
 *
 * @param cause     the event the mail reports on; with channel and recipient, what makes it unique
 * @param messageId the Message-ID, angle brackets included
 * @param inReplyTo the Message-ID this mail follows in the ticket's thread, or null for the first
 */
public record NewDelivery(Cause cause, String recipient, String template, RenderedMail mail, String messageId,
        String inReplyTo) {

    public static final NotificationChannel CHANNEL = NotificationChannel.EMAIL;

    public NewDelivery {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(messageId, "messageId");
    }

    /** What a receipt needs to know of the event a notification reported on. */
    public record Cause(UUID eventId, UUID correlationId, UUID ticketId, long streamVersion) {

        public static Cause of(EventEnvelope<?> event) {
            return new Cause(event.id(), event.correlationId(), UUID.fromString(event.subject()), event.streamVersion());
        }
    }
}
