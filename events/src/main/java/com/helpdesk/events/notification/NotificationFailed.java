package com.helpdesk.events.notification;

import com.helpdesk.events.EventType;

import java.util.Objects;
import java.util.UUID;

/**
 * Delivery gave up after retrying, so the failure is visible on the ticket instead of lost in a log.
 *
 * @param attempts how many deliveries were tried
 */
@EventType("helpdesk.notification.failed.v1")
public record NotificationFailed(
        UUID notificationId,
        UUID causeEventId,
        NotificationChannel channel,
        String recipient,
        String template,
        String error,
        int attempts) implements NotificationEvent {

    public NotificationFailed {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
    }
}
