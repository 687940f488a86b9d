package com.helpdesk.notification.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.notification.acknowledgement.Acknowledgements;
import com.helpdesk.notification.alerts.StaffAlerts;
import com.helpdesk.notification.delivery.Dispatch;
import com.helpdesk.notification.webhook.WebhookEvents;
import com.helpdesk.platform.inbox.Inbox;

import io.smallrye.mutiny.Uni;

/**
 * The first-response deadline, which the acknowledgement of a new ticket promises; warnings and breaches for the
 * assignee and the supervisors; SLA events for webhooks. (The consumer group keeps its first name, sla-deadlines:
 * renaming it would start a new group.)
 */
@ApplicationScoped
public class SlaEvents {

    private final Inbox inbox;
    private final Acknowledgements acknowledgements;
    private final StaffAlerts staffAlerts;
    private final WebhookEvents webhooks;
    private final Dispatch dispatch;

    SlaEvents(Inbox inbox, Acknowledgements acknowledgements, StaffAlerts staffAlerts, WebhookEvents webhooks,
            Dispatch dispatch) {
        this.inbox = inbox;
        this.acknowledgements = acknowledgements;
        this.staffAlerts = staffAlerts;
        this.webhooks = webhooks;
        this.dispatch = dispatch;
    }

    @Incoming("sla-events")
    Uni<Void> on(Message<byte[]> message) {
        // an acknowledgement waiting for this deadline can go now, an alert be prepared; wake after the commit so
        // the sender sees them
        return inbox.receive("sla-deadlines", message, this::apply).invoke(dispatch::wake);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        Uni<Void> acknowledgement = event.data() instanceof SlaDeadlinesSet set
                ? acknowledgements.deadlinesSet(UUID.fromString(event.subject()), set.firstResponseDue())
                : Uni.createFrom().voidItem();
        return acknowledgement.chain(() -> staffAlerts.on(event)).chain(() -> webhooks.on(event));
    }
}
