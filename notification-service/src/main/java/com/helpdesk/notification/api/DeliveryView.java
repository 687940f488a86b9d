package com.helpdesk.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.notification.delivery.Delivery;
import com.helpdesk.notification.domain.DeliveryStatus;

/** One entry of a ticket's delivery log, as staff see it (the body stays in the mailbox, not the log). */
@Schema(name = "Delivery", description = "A notification to one recipient and what became of it")
public record DeliveryView(
        @Schema(description = "Also the notificationId of its NotificationSent / NotificationFailed receipt") UUID id,
        @Schema(description = "The event the notification reported on") UUID causeEventId,
        NotificationChannel channel,
        String recipient,
        @Schema(description = "acknowledgement, reply or status") String template,
        String subject,
        @Schema(description = "PENDING until handed to the mail server (SENT) or given up (FAILED)") DeliveryStatus status,
        int attempts,
        String messageId,
        @Schema(description = "Why the last attempt failed, if it did") String lastError,
        Instant createdAt,
        @Schema(description = "When it became SENT or FAILED") Instant finishedAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id, delivery.causeEventId, delivery.channel, delivery.recipient,
                delivery.template, delivery.subject, delivery.status, delivery.attempts, delivery.messageId,
                delivery.lastError, delivery.createdAt, delivery.finishedAt);
    }
}
