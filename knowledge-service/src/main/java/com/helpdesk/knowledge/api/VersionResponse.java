package com.helpdesk.knowledge.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.helpdesk.knowledge.content.ArticleBody;
import com.helpdesk.knowledge.domain.ArticleStatus;
import com.helpdesk.knowledge.domain.Revision;
import com.helpdesk.knowledge.domain.Visibility;

/** One version of an article: who made it, when, what it changed, and (when asked for one version) its content. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionResponse(int version, ArticleStatus status, String editedBy, Instant editedAt,
        @Schema(description = "'created', 'status', or the names of the fields this version changed") List<String> changes,
        String note, String title, String markdown, String html, String category, List<String> tags,
        Visibility visibility, Boolean faq, Integer faqOrder) {

    static VersionResponse summary(Revision revision) {
        return new VersionResponse(revision.version(), revision.status(), revision.editedBy(), revision.editedAt(),
                revision.changes(), revision.note(), revision.content().title(), null, null, null, null, null, null, null);
    }

    static VersionResponse full(Revision revision) {
        var content = revision.content();
        return new VersionResponse(revision.version(), revision.status(), revision.editedBy(), revision.editedAt(),
                revision.changes(), revision.note(), content.title(), content.body(), ArticleBody.html(content.body()),
                content.category(), content.tags(), content.visibility(), content.faq(), content.faqOrder());
    }
}
