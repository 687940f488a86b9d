package com.helpdesk.events.knowledge;

import com.helpdesk.events.EventType;

import java.util.Objects;
import java.util.UUID;

/** The article is no longer suggested or shown; tickets linking to it keep the link. */
@EventType("helpdesk.knowledge.article-archived.v1")
public record ArticleArchived(UUID articleId) implements KnowledgeEvent {

    public ArticleArchived {
        Objects.requireNonNull(articleId, "articleId");
    }
}
