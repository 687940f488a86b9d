package com.helpdesk.routing.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A set of catalog categories: an exact category ({@code billing.invoice}), a subtree ({@code billing.*},
 * which also covers {@code billing} itself) or everything ({@code *}).
 */
public record CategoryPattern(String value) {

    /** The accepted syntax, also for validating requests before they reach the domain. */
    public static final String SYNTAX = "\\*|[a-z0-9-]+(\\.[a-z0-9-]+)*(\\.\\*)?";
    /** Compiled once: patterns are rebuilt from stored agents for every decision. */
    private static final Pattern VALID = Pattern.compile(SYNTAX);
    private static final String SUBTREE = ".*";

    public CategoryPattern {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a category pattern: " + value);
        }
    }

    public boolean matches(String category) {
        if (category == null) {
            return false;
        }
        if (value.equals("*") || value.equals(category)) {
            return true;
        }
        if (!value.endsWith(SUBTREE)) {
            return false;
        }
        String root = value.substring(0, value.length() - SUBTREE.length());
        return category.equals(root) || category.startsWith(root + ".");
    }

    /**
     * Whether the pattern lies in the same top-level area as the category ({@code billing.invoice} and
     * {@code billing.refund}); {@code *} lies in none in particular.
     */
    public boolean sameArea(String category) {
        return category != null && !value.equals("*") && area(value).equals(area(category));
    }

    private static String area(String category) {
        int dot = category.indexOf('.');
        return dot < 0 ? category : category.substring(0, dot);
    }

    /**
     * How narrow the pattern is, so the most specific of several matches wins: an exact category beats
     * its subtree, a deeper subtree beats a shallower one, and {@code *} is the fallback.
     */
    public int specificity() {
        if (value.equals("*")) {
            return 0;
        }
        int segments = value.split("\\.").length;
        return value.endsWith(SUBTREE) ? 2 * (segments - 1) : 2 * segments + 1;
    }

    @Override
    public String toString() {
        return value;
    }
}
