package com.helpdesk.knowledge.service;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.knowledge.config.KnowledgeConfig;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.SearchWords;
import com.helpdesk.knowledge.search.ArticleSearch;
import com.helpdesk.knowledge.search.SearchHit;
import com.helpdesk.knowledge.search.SearchRequest;

import io.smallrye.mutiny.Uni;

/**
 * Self-service deflection: the public articles most likely to answer a request, in its language, for a
 * new ticket or for a customer still typing one.
 */
@ApplicationScoped
public class Suggestions {

    private final ArticleSearch search;
    private final KnowledgeConfig config;

    Suggestions(ArticleSearch search, KnowledgeConfig config) {
        this.search = search;
        this.config = config;
    }

    /** Best first, at most {@link KnowledgeConfig#suggestions()}; runs in the caller's session. */
    public Uni<List<SearchHit>> forRequest(String subject, String description, Language language) {
        // The subject says what the request is about; the description only helps to order the candidates.
        List<String> subjectWords = SearchWords.of(subject, config.suggestionWords());
        List<String> descriptionWords = SearchWords.of(Objects.toString(description, ""), config.suggestionWords());
        List<String> match = subjectWords.isEmpty() ? descriptionWords : subjectWords;
        if (match.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> context = descriptionWords.stream().filter(word -> !match.contains(word))
                .limit(Math.max(0, config.suggestionWords() - match.size())).toList();
        return search.search(new SearchRequest(match, context, Set.of(language), null, false, config.suggestions()));
    }
}
