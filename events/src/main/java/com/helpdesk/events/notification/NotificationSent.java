package com.helpdesk.events.notification;

import com.helpdesk.events.EventType;

import java.util.Objects;
import java.util.UUID;

/**
 * A notification was handed to the mail server or webhook receiver.
 *
 * @param causeEventId the event the notification reported on (same as the envelope's causation id when
 *                     notification reacts directly, kept here because a digest may follow several)
 * @param messageId    the receiver's id for the message (e.g. the SMTP Message-ID), to trace deliveries
 */
@EventType("helpdesk.notification.sent.v1")
public record NotificationSent(
        UUID notificationId,
        UUID causeEventId,
        NotificationChannel channel,
        String recipient,
        String template,
        String messageId) implements NotificationEvent {

    public NotificationSent {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
    }
}
