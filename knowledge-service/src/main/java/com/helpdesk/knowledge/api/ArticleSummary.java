package com.helpdesk.knowledge.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.ArticleStatus;
import com.helpdesk.knowledge.domain.Visibility;

/** A line of an article list or of the FAQ. */
public record ArticleSummary(UUID id, String locale, String title, String category, List<String> tags,
        Visibility visibility, ArticleStatus status, boolean faq, Integer faqOrder, long version, Instant updatedAt) {

    static ArticleSummary of(Article article) {
        var content = article.content();
        return new ArticleSummary(article.id(), article.language().code(), content.title(), content.category(),
                content.tags(), content.visibility(), article.status(), content.faq(), content.faqOrder(),
                article.version(), article.updatedAt());
    }
}
