package com.helpdesk.ticket.messaging;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.routing.AssignedTicketBreached;
import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.ticket.domain.TicketCommand;
import com.helpdesk.ticket.domain.TicketRuleViolation;
import com.helpdesk.ticket.service.Tickets;

import io.smallrye.mutiny.Uni;

/**
 * Turns routing's decisions into assignments — or into rejections, when the ticket moved on meanwhile — and
 * carries out the escalation routing asks for when an assigned ticket breached its SLA.
 */
@ApplicationScoped
public class RoutingDecisions {

    private static final Logger LOG = Logger.getLogger(RoutingDecisions.class);

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
        UUID id = UUID.fromString(event.subject());
        Causation causation = Causation.reactingTo(event, event.actor());
        if (event.data() instanceof AssignmentDecided decided) {
            var command = new TicketCommand.ApplyRoutingDecision(decided.decisionId(), decided.agentId(), decided.team(),
                    decided.line());
            return tickets.handle(id, command, OptionalLong.empty(), causation).replaceWithVoid();
        }
        if (event.data() instanceof AssignedTicketBreached breached && breached.escalateTo() != null) {
            String reason = Objects.requireNonNullElse(breached.reason(), breached.target() + " SLA breached");
            return tickets.handle(id, new TicketCommand.Escalate(breached.escalateTo(), reason), OptionalLong.empty(), causation)
                    .replaceWithVoid()
                    // resolved or escalated by hand meanwhile: the request is moot, and retrying would not change that
                    .onFailure(TicketRuleViolation.class).recoverWithUni(moot -> {
                        LOG.infof("Escalation of ticket %s after its SLA breach not made: %s", id, moot.getMessage());
                        return Uni.createFrom().voidItem();
                    });
        }
        return Uni.createFrom().voidItem();
    }
}
