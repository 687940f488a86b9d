package com.helpdesk.ticket.projection;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The knowledge articles suggested for a ticket, best first. */
@ApplicationScoped
public class SuggestedArticles {

    public record Suggestion(UUID articleId, String title, String locale, String url, double score) {
    }

    public Uni<List<Suggestion>> of(UUID ticket) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                select article_id, title, locale, url, score from ticket_suggestion
                where ticket_id = :ticket order by score desc""", Object[].class)
                .setParameter("ticket", ticket)
                .getResultList()))
                .map(rows -> rows.stream().map(row -> new Suggestion((UUID) row[0], (String) row[1], (String) row[2],
                        (String) row[3], ((Number) row[4]).doubleValue())).toList());
    }
}
