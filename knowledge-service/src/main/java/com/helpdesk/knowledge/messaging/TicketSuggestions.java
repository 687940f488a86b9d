package com.helpdesk.knowledge.messaging;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.knowledge.ArticlesSuggested;
import com.helpdesk.events.knowledge.SuggestedArticle;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.knowledge.config.KnowledgeConfig;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.insight.ArticleStats;
import com.helpdesk.knowledge.insight.Deflection;
import com.helpdesk.knowledge.service.Suggestions;
import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.platform.outbox.Outbox;
import com.helpdesk.platform.outbox.OutboxConfig;

import io.smallrye.mutiny.Uni;

/**
 * Answers every new ticket with the articles that may solve it ({@code ArticlesSuggested}, empty when none
 * matched, so ticket-service and notification need not wait for it), notes that its requester was not
 * deflected by suggestions shown shortly before, and counts the tickets resolved with an article as their
 * answer. The inbox mark and the effect commit together: a redelivered event applies
 * once.
 */
@ApplicationScoped
public class TicketSuggestions {

    private final Inbox inbox;
    private final Outbox outbox;
    private final Suggestions suggestions;
    private final KnowledgeConfig config;
    private final ArticleStats stats;
    private final Deflection deflection;
    private final URI source;

    TicketSuggestions(Inbox inbox, Outbox outbox, Suggestions suggestions, KnowledgeConfig config,
            OutboxConfig outboxConfig, ArticleStats stats, Deflection deflection) {
        this.stats = stats;
        this.deflection = deflection;
        this.inbox = inbox;
        this.outbox = outbox;
        this.suggestions = suggestions;
        this.config = config;
        this.source = URI.create(outboxConfig.source());
    }

    @Incoming("ticket-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("suggestions", message, this::apply);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        if (event.data() instanceof TicketResolved resolved && resolved.knowledgeArticleId() != null) {
            return stats.solvedTicket(resolved.knowledgeArticleId());
        }
        if (!(event.data() instanceof TicketCreated created)) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> notDeflected = created.requester().userId() == null ? Uni.createFrom().voidItem()
                : deflection.ticketFiled(created.requester().userId(), event.time());
        return notDeflected.chain(() -> suggestions.forRequest(created.subject(), created.description(), languageOf(created)))
                .map(hits -> new ArticlesSuggested(hits.stream()
                        .map(hit -> new SuggestedArticle(hit.id(), hit.title(), hit.language().code(),
                                config.articleUrl() + hit.id(), hit.score()))
                        .toList()))
                .chain(suggested -> outbox.enqueue(
                        EventEnvelope.caused(event, source, event.subject(), event.streamVersion(), config.actor(), suggested)));
    }

    /** The ticket's language if it names one we write in, else the requester's, else the one its text is in. */
    private static Language languageOf(TicketCreated created) {
        return Language.find(created.language())
                .or(() -> Language.find(created.requester().language()))
                .orElseGet(() -> Language.guess(created.subject() + ' '
                        + (created.description() == null ? "" : created.description())));
    }
}
