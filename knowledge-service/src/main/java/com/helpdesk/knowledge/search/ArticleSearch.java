package com.helpdesk.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.knowledge.content.ArticleBody;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.Visibility;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Full-text search over published articles, each language with its own stemming ({@code russian},
 * {@code english}). Misspelt words are corrected by the {@link Vocabulary} first. Articles with all the
 * typed words are looked for first — the GIN index makes that selective and cheap; only if they are too
 * few do articles with any of the words (and then any word of the context) fill the page. Whatever
 * matched is ordered by {@code ts_rank} over all the words, so title hits and more matched words come first.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Title (A) counts ten times the body (C), tags (B) four times; D is unused. */
    private static final String WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'::real[]";
    private static final String HEADLINE = "StartSel=" + ArticleBody.HIT_START + ", StopSel=" + ArticleBody.HIT_END
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String SEARCH = """
            with query as materialized (
                select to_tsquery(cast(:config as regconfig), :match) as match,
                       to_tsquery(cast(:config as regconfig), :rank) as rank)
            select found.id, found.title, found.category, found.visibility, found.score,
                   ts_headline(cast(:config as regconfig), found.body_text, query.rank, :headline)
            from query, lateral (
                select article.id, article.title, article.category, article.visibility, article.body_text,
                       ts_rank(%s, article.search_document, query.rank) as score
                from kb_article article
                where article.search_document @@ query.match
                  and article.status = 'PUBLISHED' and article.locale = :locale %s
                order by score desc, article.id
                limit :limit) as found
            order by found.score desc, found.id""";

    private final Vocabulary vocabulary;

    ArticleSearch(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Best first; runs in the caller's session. */
    public Uni<List<SearchHit>> search(SearchRequest request) {
        return Multi.createFrom().iterable(request.languages())
                .onItem().transformToUniAndConcatenate(language -> vocabulary.corrections(language, request.words())
                        .chain(corrections -> inLanguage(language,
                                new SearchTerms(request.words(), corrections, request.context()), request)))
                .collect().in(ArrayList<SearchHit>::new, List::addAll)
                .map(hits -> hits.stream()
                        .sorted(Comparator.comparing(SearchHit::allWords).reversed()
                                .thenComparing(Comparator.comparingDouble(SearchHit::score).reversed())
                                .thenComparing(SearchHit::id))
                        .limit(request.limit())
                        .toList());
    }

    /** Runs the passes in turn, most precise first, until the page is full. */
    private Uni<List<SearchHit>> inLanguage(Language language, SearchTerms terms, SearchRequest request) {
        Uni<Map<UUID, SearchHit>> found = Uni.createFrom().item(new LinkedHashMap<>());
        List<String> passes = terms.passes();
        for (int pass = 0; pass < passes.size(); pass++) {
            String match = passes.get(pass);
            boolean allWords = pass == 0;
            found = found.chain(hits -> hits.size() >= request.limit() ? Uni.createFrom().item(hits)
                    : pass(language, match, terms.anyWordInContext(), allWords, request).map(more -> {
                        more.forEach(hit -> hits.putIfAbsent(hit.id(), hit));
                        return hits;
                    }));
        }
        return found.map(hits -> List.copyOf(hits.values()));
    }

    private Uni<List<SearchHit>> pass(Language language, String match, String rank, boolean allWords,
            SearchRequest request) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(SEARCH.formatted(WEIGHTS, filters(request)), Object[].class)
                    .setParameter("config", language == Language.RU ? "russian" : "english")
                    .setParameter("match", match)
                    .setParameter("rank", rank)
                    .setParameter("headline", HEADLINE)
                    .setParameter("locale", language.code())
                    .setParameter("limit", request.limit());
            if (request.category() != null) {
                query.setParameter("category", request.category()).setParameter("below", request.category() + ".%");
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> new SearchHit((UUID) row[0], (String) row[1], language, (String) row[2],
                Visibility.valueOf((String) row[3]), ArticleBody.snippetHtml((String) row[5]),
                ((Number) row[4]).doubleValue(), allWords)).toList());
    }

    private static String filters(SearchRequest request) {
        return (request.includeInternal() ? "" : " and article.visibility = 'PUBLIC'")
                + (request.category() == null ? "" : " and (article.category = :category or article.category like :below)");
    }
}
