package com.helpdesk.notification.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.knowledge.ArticlesSuggested;
import com.helpdesk.notification.acknowledgement.Acknowledgements;
import com.helpdesk.platform.inbox.Inbox;

import io.smallrye.mutiny.Uni;

/** Articles suggested for a new ticket, offered in its acknowledgement if they arrive before it leaves. */
@ApplicationScoped
public class KnowledgeEvents {

    private final Inbox inbox;
    private final Acknowledgements acknowledgements;

    KnowledgeEvents(Inbox inbox, Acknowledgements acknowledgements) {
        this.inbox = inbox;
        this.acknowledgements = acknowledgements;
    }

    @Incoming("knowledge-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("article-suggestions", message, this::apply);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        if (event.data() instanceof ArticlesSuggested suggested) {
            return acknowledgements.articlesSuggested(UUID.fromString(event.subject()), suggested);
        }
        return Uni.createFrom().voidItem();
    }
}
