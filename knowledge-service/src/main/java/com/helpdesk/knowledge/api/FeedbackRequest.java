package com.helpdesk.knowledge.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reader's answer to \"Was this article helpful?\"")
public record FeedbackRequest(@NotNull UUID articleId, @NotNull Boolean helpful,
        @Size(max = 2_000) @Schema(description = "What was missing or wrong") String comment) {
}
