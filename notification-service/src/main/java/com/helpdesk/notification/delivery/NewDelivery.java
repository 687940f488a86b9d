package com.helpdesk.notification.delivery;

import java.util.Objects;
import java.util.UUID;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.notification.templates.RenderedMail;

/**
 * A notification to record for delivery: a mail, or a webhook call (whose "mail" has the event type as
 * subject and the JSON body as text).
 *
 * @param cause     the event the notification reports on; with channel and recipient, what makes it unique
 * @param recipient an e-mail address, or a webhook subscription's id
 * @param messageId the Message-ID, angle brackets included; for a webhook, the event id
 * @param inReplyTo the Message-ID this mail follows in the ticket's thread, or null for the first
 */
public record NewDelivery(Cause cause, NotificationChannel channel, String recipient, String template, RenderedMail mail,
        String messageId, String inReplyTo) {

    /** A mail. */
    public NewDelivery(Cause cause, String recipient, String template, RenderedMail mail, String messageId,
            String inReplyTo) {
        this(cause, NotificationChannel.EMAIL, recipient, template, mail, messageId, inReplyTo);
    }

    public NewDelivery {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(channel, "channel");
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
