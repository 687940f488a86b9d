package com.helpdesk.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.notification.delivery.Dispatch;
import com.helpdesk.notification.webhook.WebhookEvents;
import com.helpdesk.platform.inbox.Inbox;

import io.smallrye.mutiny.Uni;

/** Routing's decisions and queueing, for webhook subscribers. */
@ApplicationScoped
public class RoutingEvents {

    private final Inbox inbox;
    private final WebhookEvents webhooks;
    private final Dispatch dispatch;

    RoutingEvents(Inbox inbox, WebhookEvents webhooks, Dispatch dispatch) {
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.dispatch = dispatch;
    }

    @Incoming("routing-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("routing-webhooks", message, webhooks::on).invoke(dispatch::wake);
    }
}
