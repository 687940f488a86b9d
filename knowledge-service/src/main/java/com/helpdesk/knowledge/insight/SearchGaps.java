package com.helpdesk.knowledge.insight;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Searches that found nothing, counted per language and query words: what readers look for and the
 * knowledge base does not answer yet.
 */
@ApplicationScoped
public class SearchGaps {

    private static final String RECORD = """
            insert into kb_search_gap (locale, query, searches, first_at, last_at) values (:locale, :query, 1, :at, :at)
            on conflict (locale, query) do update set searches = kb_search_gap.searches + 1, last_at = excluded.last_at""";
    private static final String MOST_SEARCHED = """
            select locale, query, searches, first_at, last_at from kb_search_gap
            order by searches desc, last_at desc limit :limit""";

    /** A search for {@code words} found nothing; {@code locale} is {@code any} when both languages were searched. */
    public Uni<Void> record(String locale, List<String> words) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RECORD)
                .setParameter("locale", locale)
                .setParameter("query", String.join(" ", words))
                .setParameter("at", Instant.now())
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<List<SearchGap>> mostSearched(int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MOST_SEARCHED, Object[].class)
                .setParameter("limit", limit)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new SearchGap((String) row[0], (String) row[1],
                        ((Number) row[2]).intValue(), instant(row[3]), instant(row[4]))).toList());
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) timestamp;
    }
}
