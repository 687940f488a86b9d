package com.helpdesk.events.knowledge;

import com.helpdesk.events.EventType;

import java.util.Objects;
import java.util.UUID;

/** A version of an article went live in one locale. */
@EventType("helpdesk.knowledge.article-published.v1")
public record ArticlePublished(UUID articleId, int version, String locale, String title) implements KnowledgeEvent {

    public ArticlePublished {
        Objects.requireNonNull(articleId, "articleId");
    }
}
