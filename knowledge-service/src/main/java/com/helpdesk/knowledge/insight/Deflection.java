package com.helpdesk.knowledge.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.knowledge.config.KnowledgeConfig;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Self-service deflection: of the customers shown suggestions while typing a request, how many did not
 * file a ticket within {@link KnowledgeConfig#deflectionWindow()}. Only signed-in customers can be
 * followed from the suggestion to their ticket (requester user id).
 */
@ApplicationScoped
public class Deflection {

    private static final String SHOWN = """
            insert into kb_suggestion_shown (id, requester_id, shown_at, articles) values (:id, :requester, :at, :articles)""";
    private static final String FILED = """
            update kb_suggestion_shown set ticket_filed_at = :at
            where requester_id = :requester and ticket_filed_at is null and shown_at between :since and :at""";
    private static final String SETTLED = """
            select count(*), count(ticket_filed_at) from kb_suggestion_shown where shown_at < :before""";

    private final Duration window;

    Deflection(KnowledgeConfig config) {
        this.window = config.deflectionWindow();
    }

    public Uni<Void> shown(String requesterId, int articles) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SHOWN)
                .setParameter("id", UUID.randomUUID())
                .setParameter("requester", requesterId)
                .setParameter("at", Instant.now())
                .setParameter("articles", articles)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The customer filed a ticket at {@code at}: suggestions shown to them shortly before did not deflect it. */
    public Uni<Void> ticketFiled(String requesterId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FILED)
                .setParameter("requester", requesterId)
                .setParameter("at", at)
                .setParameter("since", at.minus(window))
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Over suggestions shown long enough ago for the outcome to be known. */
    public Uni<DeflectionReport> report() {
        return report(Instant.now().minus(window));
    }

    /** Over suggestions shown before {@code settledBefore}. */
    public Uni<DeflectionReport> report(Instant settledBefore) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SETTLED, Object[].class)
                .setParameter("before", settledBefore)
                .getSingleResult())
                .map(row -> DeflectionReport.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), window));
    }
}
