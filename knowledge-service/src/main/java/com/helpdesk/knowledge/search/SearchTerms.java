package com.helpdesk.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The {@code to_tsquery} texts of one search. Words are letters and digits only ({@code SearchWords}), so
 * they are safe inside the query syntax; stop words are dropped by the text search configuration.
 *
 * @param typed       the words to match, as typed
 * @param corrections for each typed word, the word articles use instead (or the same word)
 * @param context     words that only order what matched (a ticket's description), never make it match
 */
record SearchTerms(List<String> typed, List<String> corrections, List<String> context) {

    SearchTerms {
        if (typed.size() != corrections.size()) {
            throw new IllegalArgumentException("one correction per typed word");
        }
    }

    /** Every typed word (or its correction) must match: precise and cheap, tried first. */
    String allWords() {
        return IntStream.range(0, typed.size())
                .mapToObj(i -> typed.get(i).equals(corrections.get(i)) ? typed.get(i)
                        : "(" + typed.get(i) + " | " + corrections.get(i) + ")")
                .collect(Collectors.joining(" & "));
    }

    /** Any typed word (or its correction) may match: the fallback when too few articles have them all. */
    String anyWord() {
        return String.join(" | ", words(false));
    }

    /** Any word at all, context included: the last resort, and what ranks every match. */
    String anyWordInContext() {
        return String.join(" | ", words(true));
    }

    private Set<String> words(boolean withContext) {
        Set<String> words = new LinkedHashSet<>(typed);
        words.addAll(corrections);
        if (withContext) {
            words.addAll(context);
        }
        return words;
    }

    /** The queries to run in turn until enough articles are found, most precise first. */
    List<String> passes() {
        List<String> passes = new ArrayList<>(List.of(allWords()));
        if (typed.size() > 1) {
            passes.add(anyWord());
        }
        if (!context.isEmpty()) {
            passes.add(anyWordInContext());
        }
        return passes;
    }
}
