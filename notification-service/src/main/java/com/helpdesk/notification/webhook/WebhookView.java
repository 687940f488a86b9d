package com.helpdesk.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A subscription as its owner sees it; the secret only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Webhook")
public record WebhookView(UUID id, String url, List<String> eventTypes, String team, String priority, boolean enabled,
        int consecutiveFailures, String disabledReason, Instant createdAt,
        @Schema(description = "Signs every delivery; returned once, on creation — store it then") String secret) {

    static WebhookView of(WebhookSubscription subscription, boolean withSecret) {
        return new WebhookView(subscription.id, subscription.url, subscription.eventTypeList(), subscription.team,
                subscription.priority, subscription.enabled, subscription.consecutiveFailures,
                subscription.disabledReason, subscription.createdAt, withSecret ? subscription.secret : null);
    }
}
