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
import com.helpdesk.platform.inbox.Inbox;

import io.smallrye.mutiny.Uni;

/** A new ticket starts its acknowledgement; replies and status changes are passed on to the requester. */
@ApplicationScoped
public class TicketEvents {

    private final Inbox inbox;
    private final Acknowledgements acknowledgements;
    private final RequesterUpdates updates;
    private final Dispatch dispatch;

    TicketEvents(Inbox inbox, Acknowledgements acknowledgements, RequesterUpdates updates, Dispatch dispatch) {
        this.inbox = inbox;
        this.acknowledgements = acknowledgements;
        this.updates = updates;
        this.dispatch = dispatch;
    }

    @Incoming("ticket-events")
    Uni<Void> on(Message<byte[]> message) {
        // wake only after the inbox committed, so the sender's own transaction sees the row
        return inbox.receive("ticket-notifications", message, this::apply).invoke(dispatch::wake);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        if (event.data() instanceof TicketCreated created) {
            return acknowledgements.ticketCreated(event, created);
        }
        return updates.on(event).replaceWithVoid();
    }
}
