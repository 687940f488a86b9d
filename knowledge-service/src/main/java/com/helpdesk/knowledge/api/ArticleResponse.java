package com.helpdesk.knowledge.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.helpdesk.knowledge.content.ArticleBody;
import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.ArticleContent;
import com.helpdesk.knowledge.domain.ArticleStatus;
import com.helpdesk.knowledge.domain.Visibility;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An article as it is now")
public record ArticleResponse(UUID id, String locale, String title,
        @Schema(description = "The body as sanitised HTML: safe to insert into a page") String html,
        @Schema(description = "The Markdown source; staff only, for editing") String markdown,
        String category, List<String> tags, Visibility visibility, ArticleStatus status, boolean faq, Integer faqOrder,
        long version, Instant updatedAt, @Schema(description = "Staff only") String updatedBy,
        @Schema(description = "The same article in other languages, as far as the caller may read them")
        List<Translation> translations) {

    public record Translation(UUID id, String locale, String title) {
    }

    static ArticleResponse of(Article article, boolean forStaff, List<Article> translations) {
        ArticleContent content = article.content();
        return new ArticleResponse(article.id(), article.language().code(), content.title(), ArticleBody.html(content.body()),
                forStaff ? content.body() : null, content.category(), content.tags(), content.visibility(),
                article.status(), content.faq(), content.faqOrder(), article.version(), article.updatedAt(),
                forStaff ? article.updatedBy() : null,
                translations.stream().filter(other -> !other.id().equals(article.id()))
                        .filter(other -> forStaff || other.readableByEveryone())
                        .map(other -> new Translation(other.id(), other.language().code(), other.content().title()))
                        .toList());
    }
}
