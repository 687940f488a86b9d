package com.helpdesk.knowledge.search;

import java.util.List;
import java.util.Set;

import com.helpdesk.knowledge.domain.Language;

/**
 * A search over published articles.
 *
 * @param words           what was typed, already split into words: an article must contain some of them
 * @param context         more words that only order the matches (a ticket's description); may be empty
 * @param languages       the article languages to look in
 * @param category        the category or any below it; {@code null} for all
 * @param includeInternal whether internal articles may be found (staff only)
 */
public record SearchRequest(List<String> words, List<String> context, Set<Language> languages, String category,
        boolean includeInternal, int limit) {

    public SearchRequest {
        words = List.copyOf(words);
        context = List.copyOf(context);
        languages = Set.copyOf(languages);
    }
}
