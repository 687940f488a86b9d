package com.helpdesk.events.knowledge;

import com.helpdesk.events.EventType;

import java.util.List;

/** Articles that may answer a new ticket, best first, for self-service deflection; empty if none matched. */
@EventType("helpdesk.knowledge.articles-suggested.v1")
public record ArticlesSuggested(List<SuggestedArticle> articles) implements KnowledgeEvent {

    public ArticlesSuggested {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
