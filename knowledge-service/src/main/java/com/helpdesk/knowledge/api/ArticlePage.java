package com.helpdesk.knowledge.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ArticlePage(List<ArticleSummary> items,
        @Schema(description = "Pass as 'after' for the next page; absent on the last page") String next) {
}
