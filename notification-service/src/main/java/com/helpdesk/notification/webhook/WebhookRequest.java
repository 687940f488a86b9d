package com.helpdesk.notification.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A subscription as its owner writes it.
 *
 * @param enabled on update: true re-enables a subscription that was disabled after failing (its failure count
 *                starts again); absent on creation (a new subscription is enabled)
 */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://crm.example.com/hooks/helpdesk") String url,
        @NotEmpty @Size(max = 50) @Schema(example = "[\"helpdesk.ticket.created.v1\", \"helpdesk.sla.breached.v1\"]")
        List<@NotBlank String> eventTypes,
        @Schema(description = "Only tickets of this team") @Size(max = 100) String team,
        @Schema(description = "Only tickets of this priority") @Pattern(regexp = "P[1-4]", message = "must be P1..P4") String priority,
        Boolean enabled) {
}
