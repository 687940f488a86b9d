package com.helpdesk.knowledge.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SearchResponse(@Schema(description = "The words searched for, as understood") List<String> words,
        List<SearchResult> results) {
}
