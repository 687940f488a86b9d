package com.helpdesk.notification.webhook;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.notification.delivery.Delivery;
import com.helpdesk.notification.domain.DeliveryStatus;

/** One entry of a subscription's delivery log. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(
        UUID id,
        @Schema(description = "The event delivered (also the Helpdesk-Event-Id header)") UUID eventId,
        String eventType,
        UUID ticketId,
        @Schema(description = "PENDING while attempts remain, then SENT or FAILED") DeliveryStatus status,
        int attempts,
        @Schema(description = "The receiver's HTTP status at the last attempt") Integer lastStatusCode,
        String lastError,
        @Schema(description = "The delivery this one replays, if any") UUID replayOf,
        Instant createdAt,
        Instant finishedAt) {

    static WebhookDeliveryView of(Delivery delivery) {
        return new WebhookDeliveryView(delivery.id, delivery.causeEventId, delivery.subject, delivery.ticketId,
                delivery.status, delivery.attempts, delivery.lastStatus, delivery.lastError, delivery.replayOf,
                delivery.createdAt, delivery.finishedAt);
    }
}
