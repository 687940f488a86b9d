package com.helpdesk.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.notification.acknowledgement.Acknowledgements;
import com.helpdesk.notification.delivery.Dispatch;
import com.helpdesk.notification.updates.RequesterUpdates;
import com.helpdesk.notification.webhook.WebhookEvents;
import com.helpdesk.platform.inbox.Inbox;

import io.smallrye.mutiny.Uni;

/**
 * A new ticket starts its acknowledgement; replies and status changes are passed on to the requester; webhook
 * subscribers get the events they asked for.
 */
@ApplicationScoped
public class TicketEvents {

    private final Inbox inbox;
    private final Acknowledgements acknowledgements;
    private final RequesterUpdates updates;
    private final WebhookEvents webhooks;
    private final Dispatch dispatch;

    TicketEvents(Inbox inbox, Acknowledgements acknowledgements, RequesterUpdates updates, WebhookEvents webhooks,
            Dispatch dispatch) {
        this.inbox = inbox;
        this.acknowledgements = acknowledgements;
        this.updates = updates;
        this.webhooks = webhooks;
        this.dispatch = dispatch;
    }

    @Incoming("ticket-events")
    Uni<Void> on(Message<byte[]> message) {
        // wake only after the inbox committed, so the sender's own transaction sees the row
        return inbox.receive("ticket-notifications", message, this::apply).invoke(dispatch::wake);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        Uni<Void> requester = event.data() instanceof TicketCreated created
                ? acknowledgements.ticketCreated(event, created)
                : updates.on(event).replaceWithVoid();
        return requester.chain(() -> webhooks.on(event));
    }
}
