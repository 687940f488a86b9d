package com.helpdesk.knowledge.search;

import java.util.UUID;

import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.Visibility;

/**
 * A found article.
 *
 * @param snippetHtml a passage of the body around the matched words, HTML-escaped, matches in {@code <mark>}
 * @param score       full-text rank; comparable only within one search
 * @param allWords    whether the article has every typed word; such articles come before the others
 */
public record SearchHit(UUID id, String title, Language language, String category, Visibility visibility,
        String snippetHtml, double score, boolean allWords) {
}
