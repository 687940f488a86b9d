package com.helpdesk.knowledge.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.Revision;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Articles and their versions in PostgreSQL. Each write stores the new current state and its revision
 * together; two editors saving the same version at once collide on the revision's primary key.
 */
@ApplicationScoped
public class ArticleStore {

    /** A FAQ is a page people scroll, not a catalogue: this bounds it. */
    static final int FAQ_LIMIT = 500;

    /** The article, or {@code null} if there is none with this id. */
    public Uni<Article> find(UUID id) {
        return StoredArticle.<StoredArticle>findById(id).map(stored -> stored == null ? null : stored.toArticle());
    }

    /** The article loaded from the bundled FAQ under this key, or {@code null}. */
    public Uni<Article> findSeeded(String seedKey, String locale) {
        return StoredArticle.<StoredArticle>find("seedKey = ?1 and locale = ?2", seedKey, locale).firstResult()
                .map(stored -> stored == null ? null : stored.toArticle());
    }

    public Uni<Void> insert(Article article, String seedKey) {
        return StoredArticle.of(article, seedKey).persist()
                .chain(() -> StoredRevision.of(article.id(), article.firstRevision()).persist())
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .onFailure(ArticleStore::isConflict).transform(conflict -> new ConcurrentArticleChange(
                        "Article " + article.translationGroup() + " got a " + article.language().code()
                                + " translation at the same time", conflict));
    }

    /** Stores {@code revision} and the article as of it; the caller read the article in this transaction. */
    public Uni<Void> update(Article article, Revision revision) {
        return StoredArticle.<StoredArticle>findById(article.id())
                .invoke(stored -> stored.take(article))
                .chain(() -> StoredRevision.of(article.id(), revision).persist())
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .onFailure(ArticleStore::isConflict).transform(conflict -> new ConcurrentArticleChange(
                        "Version " + revision.version() + " of article " + article.id() + " was saved by someone else first",
                        conflict));
    }

    /** Two writers of one version, or of one language of a translation group, meet on a unique key. */
    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("kb_article_revision_pkey") || message.contains("kb_article_translation"))) {
                return true;
            }
        }
        return false;
    }

    public Uni<List<Revision>> revisions(UUID articleId) {
        return StoredRevision.<StoredRevision>find("articleId = ?1 order by version", articleId).list()
                .map(rows -> rows.stream().map(StoredRevision::toRevision).toList());
    }

    /** The given version, or {@code null}. */
    public Uni<Revision> revision(UUID articleId, int version) {
        return StoredRevision.<StoredRevision>find("articleId = ?1 and version = ?2", articleId, version).firstResult()
                .map(stored -> stored == null ? null : stored.toRevision());
    }

    /** Every language version of the article's group, itself included. */
    public Uni<List<Article>> translations(UUID translationGroup) {
        return StoredArticle.<StoredArticle>find("translationGroup = ?1 order by locale", translationGroup).list()
                .map(rows -> rows.stream().map(StoredArticle::toArticle).toList());
    }

    /** The published FAQ of one language, in the editors' order within each category. */
    public Uni<List<Article>> faq(Language language, boolean publicOnly) {
        return StoredArticle.<StoredArticle>find("status = 'PUBLISHED' and faq = true and locale = ?1"
                + (publicOnly ? " and visibility = 'PUBLIC'" : "") + " order by category, faqOrder nulls last, title",
                language.code()).page(0, FAQ_LIMIT).list()
                .map(rows -> rows.stream().map(StoredArticle::toArticle).toList());
    }

    /** How many published articles each category holds (in one language; public ones only if asked). */
    public Uni<Map<String, Long>> publishedPerCategory(Language language, boolean publicOnly) {
        String sql = "select category, count(*) from kb_article where status = 'PUBLISHED' and locale = :locale"
                + (publicOnly ? " and visibility = 'PUBLIC'" : "") + " group by category";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("locale", language.code())
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0],
                        row -> ((Number) row[1]).longValue())));
    }

    public Uni<List<Article>> list(ArticleListing listing) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (listing.language() != null) {
            where.add("locale = :locale");
            parameters.put("locale", listing.language().code());
        }
        if (listing.category() != null) {
            where.add("(category = :category or category like :below)");
            parameters.put("category", listing.category());
            parameters.put("below", listing.category() + ".%");
        }
        if (listing.status() != null) {
            where.add("status = :status");
            parameters.put("status", listing.status().name());
        }
        if (listing.faq() != null) {
            where.add("faq = :faq");
            parameters.put("faq", listing.faq());
        }
        if (listing.publicOnly()) {
            where.add("visibility = 'PUBLIC'");
        }
        if (listing.after() != null) {
            where.add("(updatedAt < :at or (updatedAt = :at and id < :id))");
            parameters.put("at", listing.after().updatedAt());
            parameters.put("id", listing.after().id());
        }
        String query = (where.isEmpty() ? "" : "where " + String.join(" and ", where)) + " order by updatedAt desc, id desc";
        return StoredArticle.<StoredArticle>find(query, parameters).page(0, listing.limit()).list()
                .map(rows -> rows.stream().map(StoredArticle::toArticle).toList());
    }
}
