package com.helpdesk.knowledge.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.knowledge.domain.ArticleContent;
import com.helpdesk.knowledge.domain.Visibility;

@Schema(description = "An article as an editor writes it: for a new article, or the full new content of an existing one")
public record ArticleRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Plain text") String title,
        @NotBlank @Size(max = 100_000) @Schema(description = "Markdown; raw HTML in it is shown as text, never run")
        String body,
        @NotBlank @Size(max = 100) @Pattern(regexp = CATEGORY, message = "must look like billing.invoice")
        @Schema(description = "A node of the category tree, e.g. billing.invoice") String category,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @NotNull Visibility visibility,
        @Schema(description = "Listed in the FAQ", defaultValue = "false") Boolean faq,
        @Min(0) @Schema(description = "Position in its category's FAQ") Integer faqOrder,
        @Pattern(regexp = "ru|en", message = "must be ru or en")
        @Schema(description = "Required for a new article; an article's language never changes") String locale,
        @Schema(description = "New articles only: the article this one translates") UUID translationOf,
        @Size(max = 500) @Schema(description = "Edits only: why, for the version history") String note) {

    static final String CATEGORY = "[a-z0-9]+(\\.[a-z0-9-]+)*";

    ArticleContent content() {
        return new ArticleContent(title.strip(), body, category, tags == null ? List.of() : tags.stream().map(String::strip).toList(),
                visibility, Boolean.TRUE.equals(faq), faqOrder);
    }
}
