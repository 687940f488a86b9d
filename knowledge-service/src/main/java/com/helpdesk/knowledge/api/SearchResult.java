package com.helpdesk.knowledge.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.knowledge.domain.Visibility;
import com.helpdesk.knowledge.search.SearchHit;

public record SearchResult(UUID id, String title, String locale, String category, Visibility visibility,
        @Schema(description = "A passage around the matched words: escaped HTML, matches in <mark>") String snippet,
        @Schema(description = "Relevance; comparable only within one answer") double score) {

    static SearchResult of(SearchHit hit) {
        return new SearchResult(hit.id(), hit.title(), hit.language().code(), hit.category(), hit.visibility(),
                hit.snippetHtml(), hit.score());
    }
}
