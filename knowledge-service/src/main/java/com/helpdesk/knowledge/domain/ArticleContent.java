package com.helpdesk.knowledge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an editor writes: everything about an article that a version captures, apart from its status.
 *
 * @param body     Markdown; rendered and sanitised only when read
 * @param category a node of the category tree as a dotted path, e.g. {@code billing.invoice}
 * @param faqOrder position among the FAQ entries of its category; meaningful only when {@code faq}
 */
public record ArticleContent(String title, String body, String category, List<String> tags, Visibility visibility,
        boolean faq, Integer faqOrder) {

    public ArticleContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(visibility, "visibility");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The names of the fields that differ from {@code before}, in a fixed order: what a version changed. */
    public List<String> changesFrom(ArticleContent before) {
        List<String> changes = new ArrayList<>();
        if (!title.equals(before.title)) {
            changes.add("title");
        }
        if (!body.equals(before.body)) {
            changes.add("body");
        }
        if (!category.equals(before.category)) {
            changes.add("category");
        }
        if (!tags.equals(before.tags)) {
            changes.add("tags");
        }
        if (visibility != before.visibility) {
            changes.add("visibility");
        }
        if (faq != before.faq) {
            changes.add("faq");
        }
        if (!Objects.equals(faqOrder, before.faqOrder)) {
            changes.add("faqOrder");
        }
        return List.copyOf(changes);
    }
}
