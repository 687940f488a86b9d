package com.helpdesk.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.sla.service.SlaClocks;

import io.smallrye.mutiny.Uni;

/** Feeds helpdesk.ticket.events to the clocks; each event applies once, with its effects, in one transaction. */
@ApplicationScoped
public class TicketEventsConsumer {

    static final String CONSUMER = "sla-clock";

    private final Inbox inbox;
    private final SlaClocks clocks;

    TicketEventsConsumer(Inbox inbox, SlaClocks clocks) {
        this.inbox = inbox;
        this.clocks = clocks;
    }

    @Incoming("ticket-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive(CONSUMER, message, clocks::react);
    }
}
