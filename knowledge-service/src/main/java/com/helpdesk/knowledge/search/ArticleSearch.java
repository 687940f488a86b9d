package com.helpdesk.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * {@code english}). Any typed word may match (an article matching more of them, or matching in its title,
 * ranks higher), so a long ticket description still finds the article that answers it; misspelt words are
 * corrected by the {@link Vocabulary} first.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Title (A) counts ten times the body (C), tags (B) four times; D is unused. */
    private static final String WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'::real[]";
    private static final String HEADLINE = "StartSel=" + ArticleBody.HIT_START + ", StopSel=" + ArticleBody.HIT_END
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final Vocabulary vocabulary;

    ArticleSearch(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Best first; runs in the caller's session. */
    public Uni<List<SearchHit>> search(SearchRequest request) {
        return Multi.createFrom().iterable(request.languages())
                .onItem().transformToUniAndConcatenate(language -> vocabulary.termsFor(language, request.words())
                        .chain(terms -> search(language, terms, request)))
                .collect().in(ArrayList<SearchHit>::new, List::addAll)
                .map(hits -> hits.stream()
                        .sorted(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::id))
                        .limit(request.limit())
                        .toList());
    }

    private Uni<List<SearchHit>> search(Language language, List<String> terms, SearchRequest request) {
        String sql = """
                with query as materialized (select to_tsquery(cast(:config as regconfig), :terms) as terms)
                select found.id, found.title, found.category, found.visibility, found.score,
                       ts_headline(cast(:config as regconfig), found.body_text, query.terms, :headline)
                from query, lateral (
                    select article.id, article.title, article.category, article.visibility, article.body_text,
                           ts_rank(%s, article.search_document, query.terms) as score
                    from kb_article article
                    where article.search_document @@ query.terms
                      and article.status = 'PUBLISHED' and article.locale = :locale %s
                    order by score desc, article.id
                    limit :limit) as found
                order by found.score desc, found.id""".formatted(WEIGHTS, filters(request));
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("config", language == Language.RU ? "russian" : "english")
                    .setParameter("terms", String.join(" | ", terms))
                    .setParameter("headline", HEADLINE)
                    .setParameter("locale", language.code())
                    .setParameter("limit", request.limit());
            if (request.category() != null) {
                query.setParameter("category", request.category()).setParameter("below", request.category() + ".%");
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> new SearchHit((UUID) row[0], (String) row[1], language, (String) row[2],
                Visibility.valueOf((String) row[3]), ArticleBody.snippetHtml((String) row[5]),
                ((Number) row[4]).doubleValue())).toList());
    }

    private static String filters(SearchRequest request) {
        return (request.includeInternal() ? "" : " and article.visibility = 'PUBLIC'")
                + (request.category() == null ? "" : " and (article.category = :category or article.category like :below)");
    }
}
