package com.helpdesk.ticket.messaging;

import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.ticket.domain.TicketCommand;
import com.helpdesk.ticket.service.Tickets;

import io.smallrye.mutiny.Uni;

/** Turns routing's decisions into assignments — or into rejections, when the ticket moved on meanwhile. */
@ApplicationScoped
public class RoutingDecisions {

    private final Inbox inbox;
    private final Tickets tickets;

    RoutingDecisions(Inbox inbox, Tickets tickets) {
        this.inbox = inbox;
        this.tickets = tickets;
    }

    @Incoming("routing-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("routing-decisions", message, this::apply);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        if (!(event.data() instanceof AssignmentDecided decided)) {
            return Uni.createFrom().voidItem();
        }
        var command = new TicketCommand.ApplyRoutingDecision(decided.decisionId(), decided.agentId(), decided.team(),
                decided.line());
        return tickets.handle(UUID.fromString(event.subject()), command, OptionalLong.empty(),
                Causation.reactingTo(event, event.actor())).replaceWithVoid();
    }
}
