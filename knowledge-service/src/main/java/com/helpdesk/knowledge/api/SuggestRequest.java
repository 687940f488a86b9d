package com.helpdesk.knowledge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A request being typed, before it is filed")
public record SuggestRequest(
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 5_000) String description,
        @Pattern(regexp = "ru|en", message = "must be ru or en")
        @Schema(description = "Defaults to the language the text is written in") String locale) {
}
