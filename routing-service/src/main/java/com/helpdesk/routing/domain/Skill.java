package com.helpdesk.routing.domain;

import java.util.Objects;

/** What an agent can handle and how well: proficiency 1 (can follow a script) to 5 (the expert). */
public record Skill(CategoryPattern categories, int proficiency) {

    public static final int MAX_PROFICIENCY = 5;

    public Skill {
        Objects.requireNonNull(categories, "categories");
        if (proficiency < 1 || proficiency > MAX_PROFICIENCY) {
            throw new IllegalArgumentException("proficiency must be 1 to 5: " + proficiency);
        }
    }

    public static Skill of(String pattern, int proficiency) {
        return new Skill(new CategoryPattern(pattern), proficiency);
    }
}
