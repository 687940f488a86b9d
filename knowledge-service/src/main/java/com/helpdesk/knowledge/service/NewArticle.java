package com.helpdesk.knowledge.service;

import java.util.UUID;

import com.helpdesk.knowledge.domain.ArticleContent;
import com.helpdesk.knowledge.domain.Language;

/**
 * Writing a new article.
 *
 * @param translationOf an existing article this one translates, or {@code null} for a new topic
 */
public record NewArticle(Language language, ArticleContent content, UUID translationOf) {
}
