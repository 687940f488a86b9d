package com.helpdesk.ticket.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.Visibility;

/** The bodies of the commands on an existing ticket. */
public final class TicketRequests {

    private TicketRequests() {
    }

    static final String CATEGORY = "[a-z0-9]+(\\.[a-z0-9-]+)*";

    public record NewComment(
            @NotBlank @Size(max = 65_536) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String body,
            @Schema(description = "INTERNAL notes are for staff only; customers always comment publicly",
                    defaultValue = "PUBLIC") Visibility visibility,
            @Size(max = 20) List<@NotBlank @Size(max = 500) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String> attachmentRefs) {
    }

    @Schema(description = "Field changes; absent fields stay as they are")
    public record FieldChanges(
            Priority priority,
            @Size(max = 100) @Pattern(regexp = CATEGORY, message = "must look like it.access") String category,
            @Size(max = 20) Set<@NotBlank @Size(max = 50) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String> addTags,
            @Size(max = 20) Set<@NotBlank @Size(max = 50) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String> removeTags,
            @Size(max = 1000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String reason) {
    }

    public record Reason(@Size(max = 1000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String reason) {
    }

    public record Resolution(
            @NotBlank @Size(max = 50) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) @Schema(examples = "fixed") String resolutionCode,
            @Size(max = 4000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String summary,
            @Schema(description = "The knowledge article that solved it, if any") UUID knowledgeArticleId) {
    }

    public record Assignment(@NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String agentId) {
    }

    public record Escalation(@NotNull SupportLine to, @NotBlank @Size(max = 1000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String reason) {
    }

    public record Transfer(@NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String team,
            @NotBlank @Size(max = 1000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String reason) {
    }

    public record Merge(@NotNull @Schema(description = "The ticket that carries on") UUID into) {
    }

    public record Rating(@Min(1) @Max(5) int score, @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String comment) {
    }
}
