package com.helpdesk.knowledge.store;

import java.time.Instant;
import java.util.UUID;

import com.helpdesk.knowledge.domain.ArticleStatus;
import com.helpdesk.knowledge.domain.Language;

/**
 * Which articles a list shows, newest change first. Absent filters ({@code null}) do not restrict.
 *
 * @param category   the category or any category below it in the tree ({@code billing} includes {@code billing.invoice})
 * @param publicOnly only public articles (for callers who are not staff)
 * @param after      the cursor: the last article of the previous page
 */
public record ArticleListing(Language language, String category, ArticleStatus status, Boolean faq, boolean publicOnly,
        Position after, int limit) {

    /** Where a page ended, in the list's order. */
    public record Position(Instant updatedAt, UUID id) {
    }
}
