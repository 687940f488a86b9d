package com.helpdesk.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.notification.acknowledgement.Acknowledgements;
import com.helpdesk.notification.alerts.StaffAlerts;
import com.helpdesk.notification.delivery.Dispatch;
import com.helpdesk.notification.projection.TicketFactsProjection;
import com.helpdesk.notification.updates.RequesterUpdates;
import com.helpdesk.notification.webhook.WebhookEvents;
import com.helpdesk.platform.inbox.Inbox;

import io.smallrye.mutiny.Uni;

/**
 * A new ticket starts its acknowledgement; replies and status changes are passed on to the requester; an
 * assignment is passed on to the agent; webhook subscribers get the events they asked for. What the ticket's team,
 * priority, line and assignee now are is recorded first, so the rest see the ticket as the event left it.
 */
@ApplicationScoped
public class TicketEvents {

    private final Inbox inbox;
    private final TicketFactsProjection facts;
    private final Acknowledgements acknowledgements;
    private final RequesterUpdates updates;
    private final StaffAlerts staffAlerts;
    private final WebhookEvents webhooks;
    private final Dispatch dispatch;

    TicketEvents(Inbox inbox, TicketFactsProjection facts, Acknowledgements acknowledgements, RequesterUpdates updates,
            StaffAlerts staffAlerts, WebhookEvents webhooks, Dispatch dispatch) {
        this.inbox = inbox;
        this.facts = facts;
        this.acknowledgements = acknowledgements;
        this.updates = updates;
        this.staffAlerts = staffAlerts;
        this.webhooks = webhooks;
        this.dispatch = dispatch;
    }

    @Incoming("ticket-events")
    Uni<Void> on(Message<byte[]> message) {
        // wake only after the inbox committed, so the sender's own transaction sees the row
        return inbox.receive("ticket-notifications", message, this::apply).invoke(dispatch::wake);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        return facts.apply(event)
                .chain(() -> event.data() instanceof TicketCreated created
                        ? acknowledgements.ticketCreated(event, created)
                        : updates.on(event).replaceWithVoid())
                .chain(() -> staffAlerts.on(event))
                .chain(() -> webhooks.on(event));
    }
}
