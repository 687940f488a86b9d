package com.helpdesk.knowledge.insight;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * How articles are used: views, "was this helpful" answers and tickets they solved. Counters are bumped
 * with an upsert in the caller's transaction; every feedback answer is also kept with its comment.
 */
@ApplicationScoped
public class ArticleStats {

    private static final String VIEWED = """
            insert into kb_article_stats (article_id, views) values (:id, 1)
            on conflict (article_id) do update set views = kb_article_stats.views + 1""";
    private static final String ANSWERED = """
            insert into kb_article_stats (article_id, helpful, not_helpful) values (:id, :yes, :no)
            on conflict (article_id) do update
            set helpful = kb_article_stats.helpful + :yes, not_helpful = kb_article_stats.not_helpful + :no""";
    private static final String FEEDBACK = """
            insert into kb_feedback (id, article_id, helpful, comment, given_by, given_at)
            values (:id, :articleId, :helpful, :comment, :givenBy, :givenAt)""";
    /** An article deleted or never known here (another environment's id) is ignored, not an error. */
    private static final String SOLVED = """
            insert into kb_article_stats (article_id, solved_tickets)
            select id, 1 from kb_article where id = :id
            on conflict (article_id) do update set solved_tickets = kb_article_stats.solved_tickets + 1""";
    private static final String REPORT = """
            select article.id, article.locale, article.title, article.status, stats.views, stats.helpful,
                   stats.not_helpful, stats.solved_tickets
            from kb_article_stats stats join kb_article article on article.id = stats.article_id
            %s order by %s limit :limit""";

    public Uni<Void> viewed(UUID articleId) {
        return update(VIEWED, articleId);
    }

    public Uni<Void> solvedTicket(UUID articleId) {
        return update(SOLVED, articleId);
    }

    public Uni<Void> answered(UUID articleId, boolean helpful, String comment, String givenBy) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FEEDBACK)
                .setParameter("id", UUID.randomUUID())
                .setParameter("articleId", articleId)
                .setParameter("helpful", helpful)
                .setParameter("comment", comment)
                .setParameter("givenBy", givenBy)
                .setParameter("givenAt", Instant.now())
                .executeUpdate()
                .chain(() -> session.createNativeQuery(ANSWERED)
                        .setParameter("id", articleId)
                        .setParameter("yes", helpful ? 1 : 0)
                        .setParameter("no", helpful ? 0 : 1)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /** The most viewed articles first. */
    public Uni<List<ArticleUsage>> mostViewed(int limit) {
        return report("", "stats.views desc, article.id", limit);
    }

    /**
     * Articles readers found least helpful first, among those with answers. The share of "no" is smoothed
     * (one imaginary answer each way) so that a single "no" does not outrank a hundred mixed answers.
     */
    public Uni<List<ArticleUsage>> leastHelpful(int limit) {
        return report("where stats.helpful + stats.not_helpful > 0",
                "(stats.not_helpful + 1.0) / (stats.helpful + stats.not_helpful + 2) desc, article.id", limit);
    }

    private Uni<List<ArticleUsage>> report(String where, String order, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(REPORT.formatted(where, order), Object[].class)
                .setParameter("limit", limit)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new ArticleUsage((UUID) row[0], (String) row[1], (String) row[2],
                        (String) row[3], ((Number) row[4]).longValue(), ((Number) row[5]).intValue(),
                        ((Number) row[6]).intValue(), ((Number) row[7]).intValue())).toList());
    }

    private Uni<Void> update(String sql, UUID articleId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql).setParameter("id", articleId)
                .executeUpdate()).replaceWithVoid();
    }
}
