package com.helpdesk.knowledge.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of an article, kept for ever: its full content and status then, who made it, when, and
 * which fields it changed ({@code created}, {@code status}, or content field names).
 */
public record Revision(int version, ArticleContent content, ArticleStatus status, String editedBy, Instant editedAt,
        List<String> changes, String note) {

    public Revision {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(editedBy, "editedBy");
        Objects.requireNonNull(editedAt, "editedAt");
        changes = List.copyOf(changes);
    }
}
