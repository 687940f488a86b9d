package com.helpdesk.routing.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A team and the zone of responsibility it covers, as catalog category patterns. */
public record Team(String id, String name, List<CategoryPattern> categories) {

    public Team {
        Objects.requireNonNull(id, "id");
        categories = List.copyOf(categories);
    }

    /** How specifically this team covers the category; empty if it does not. */
    Optional<Integer> coverage(String category) {
        return categories.stream().filter(pattern -> pattern.matches(category))
                .map(CategoryPattern::specificity).max(Integer::compare);
    }

    /**
     * The team owning a category: the one that covers it most specifically (so {@code billing.refund}
     * beats {@code billing.*}); ties go to the lowest team id so every instance decides alike.
     */
    public static Optional<Team> owning(String category, Collection<Team> teams) {
        return teams.stream()
                .filter(team -> team.coverage(category).isPresent())
                .max(Comparator.comparing((Team team) -> team.coverage(category).orElseThrow())
                        .thenComparing(Team::id, Comparator.reverseOrder()));
    }
}
