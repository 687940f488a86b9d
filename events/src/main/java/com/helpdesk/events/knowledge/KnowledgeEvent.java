package com.helpdesk.events.knowledge;

import com.helpdesk.events.HelpdeskEvent;

/**
 * Knowledge base events, published on {@code helpdesk.knowledge.events}. Suggestions are about a ticket
 * (subject = ticket id); article lifecycle events are about an article (subject = article id).
 */
public sealed interface KnowledgeEvent extends HelpdeskEvent
        permits ArticlesSuggested, ArticlePublished, ArticleArchived {
}
