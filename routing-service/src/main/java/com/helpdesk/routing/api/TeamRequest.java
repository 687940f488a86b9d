package com.helpdesk.routing.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.routing.domain.CategoryPattern;

@Schema(description = "A team and the catalog categories it covers")
public record TeamRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(max = 100) @Schema(description = "Category patterns, e.g. billing.* or it.access")
        List<@NotNull @Pattern(regexp = CategoryPattern.SYNTAX, message = "must look like billing.* or it.access") String> categories) {

    /** Team ids are slugs; they travel in events and lists, so no commas or spaces. */
    static final String ID = "[a-z0-9][a-z0-9-]{0,62}";
}
