package com.helpdesk.knowledge.seed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.helpdesk.knowledge.domain.ArticleContent;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.Visibility;

/**
 * An article of the bundled FAQ: a Markdown file with a front matter block of {@code key: value} lines
 * ({@code title}, {@code category}, {@code tags} comma-separated, optional {@code visibility}).
 *
 * @param key the file's name without extension, shared by an article's translations
 */
public record BundledArticle(String key, Language language, ArticleContent content) {

    private static final String FENCE = "---";

    /** Parses one file; {@code faqOrder} is the topic's position in the FAQ index. */
    public static BundledArticle parse(String key, Language language, int faqOrder, String text) {
        String normalised = text.replace("\r\n", "\n").strip();
        if (!normalised.startsWith(FENCE + "\n")) {
            throw new IllegalArgumentException(key + " (" + language.code() + ") has no front matter");
        }
        int end = normalised.indexOf("\n" + FENCE + "\n", FENCE.length());
        if (end < 0) {
            throw new IllegalArgumentException(key + " (" + language.code() + ") has an unterminated front matter");
        }
        Map<String, String> front = new HashMap<>();
        for (String line : normalised.substring(FENCE.length() + 1, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                front.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String body = normalised.substring(end + FENCE.length() + 2).strip();
        List<String> tags = Arrays.stream(front.getOrDefault("tags", "").split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        return new BundledArticle(key, language, new ArticleContent(required(front, "title", key), body,
                required(front, "category", key), tags,
                Visibility.valueOf(front.getOrDefault("visibility", "public").toUpperCase(java.util.Locale.ROOT)),
                true, faqOrder));
    }

    private static String required(Map<String, String> front, String name, String key) {
        String value = front.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(key + " lacks '" + name + "' in its front matter");
        }
        return value;
    }
}
