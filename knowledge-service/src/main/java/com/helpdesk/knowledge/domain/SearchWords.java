package com.helpdesk.knowledge.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits what someone typed into the words search works with: letters and digits, lower case, each once,
 * in order. Done here rather than in SQL so that it does not depend on the database's locale settings.
 */
public final class SearchWords {

    /** Longer tokens are not words (hashes, pasted URLs) and would only slow down typo correction. */
    static final int MAX_WORD_LENGTH = 40;

    private SearchWords() {
    }

    /** At most {@code limit} distinct words; one-letter tokens are dropped as noise. */
    public static List<String> of(String text, int limit) {
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c) == 'ё' ? 'е' : Character.toLowerCase(c));
            } else {
                take(word, words);
            }
        });
        take(word, words);
        return new ArrayList<>(words).subList(0, Math.min(limit, words.size()));
    }

    private static void take(StringBuilder word, Set<String> words) {
        if (word.length() > 1 && word.length() <= MAX_WORD_LENGTH) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        word.setLength(0);
    }
}
