package com.helpdesk.ticket.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.knowledge.ArticlesSuggested;
import com.helpdesk.events.knowledge.SuggestedArticle;
import com.helpdesk.platform.inbox.Inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Keeps the knowledge articles suggested for each ticket, for agents to answer from. */
@ApplicationScoped
public class ArticleSuggestions {

    private final Inbox inbox;

    ArticleSuggestions(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("knowledge-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("article-suggestions", message, this::apply);
    }

    /** The latest suggestions replace the earlier ones: knowledge-service ranks them as a set. */
    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        if (!(event.data() instanceof ArticlesSuggested suggested)) {
            return Uni.createFrom().voidItem();
        }
        UUID ticket = UUID.fromString(event.subject());
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from ticket_suggestion where ticket_id = :ticket")
                .setParameter("ticket", ticket).executeUpdate()
                .chain(() -> Multi.createFrom().iterable(suggested.articles())
                        .onItem().transformToUniAndConcatenate(article -> insert(session, ticket, article))
                        .collect().last()))
                .replaceWithVoid();
    }

    private static Uni<Integer> insert(org.hibernate.reactive.mutiny.Mutiny.Session session, UUID ticket,
            SuggestedArticle article) {
        return session.createNativeQuery("""
                insert into ticket_suggestion (ticket_id, article_id, title, locale, url, score)
                values (:ticket, :article, :title, :locale, :url, :score)""")
                .setParameter("ticket", ticket).setParameter("article", article.articleId())
                .setParameter("title", article.title()).setParameter("locale", article.locale())
                .setParameter("url", article.url()).setParameter("score", article.score())
                .executeUpdate();
    }
}
