package com.helpdesk.events.knowledge;

import java.util.Objects;
import java.util.UUID;

/**
 * An article offered for a ticket.
 *
 * @param score search relevance; comparable only within one suggestion
 */
public record SuggestedArticle(UUID articleId, String title, String locale, String url, double score) {

    public SuggestedArticle {
        Objects.requireNonNull(articleId, "articleId");
    }
}
