package com.helpdesk.ticket.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.Priority;

@Schema(description = "A request for help. A customer files for themselves; agents and other systems name the requester.")
public record NewTicketRequest(
        @Valid @Schema(description = "Who needs help; required unless a customer files for themselves") Requester requester,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String subject,
        @Size(max = 65_536) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String description,
        @Schema(description = "Defaults to API for integrations, WEB otherwise") Channel channel,
        @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(\\.[a-z0-9-]+)*", message = "must look like it.access")
        String category,
        @Schema(defaultValue = "P3") Priority priority,
        @Pattern(regexp = "ru|en", message = "must be ru or en") @Schema(defaultValue = "en") String language,
        @Size(max = 20) List<@NotBlank @Size(max = 50) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String> tags,
        @Size(max = 50) Map<@NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String, @Size(max = 1000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String> customFields,
        @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String externalReference) {

    @Schema(name = "RequesterRequest")
    public record Requester(
            @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) @Schema(description = "Keycloak user id, if the requester has an account") String userId,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROL_CHARACTERS) String name,
            @Pattern(regexp = "ru|en", message = "must be ru or en") String language) {
    }
}
