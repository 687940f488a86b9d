package com.helpdesk.routing.messaging;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.routing.AssignedTicketBreached;
import com.helpdesk.events.routing.QueuePriorityRaised;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaEvent;
import com.helpdesk.events.sla.SlaResumed;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.routing.config.RoutingConfig;
import com.helpdesk.routing.domain.QueuePriority;
import com.helpdesk.events.Causation;
import com.helpdesk.routing.service.Routing;
import com.helpdesk.routing.store.RouteState;
import com.helpdesk.routing.store.RoutedTicket;
import com.helpdesk.routing.store.SlaDeadlines;

import io.smallrye.mutiny.Uni;

/**
 * Keeps each ticket's earliest SLA deadline for earliest-deadline-first queue order, moves a waiting
 * ticket up its queue when its SLA warns or breaches, and reports a breach on a ticket an agent holds.
 */
@ApplicationScoped
public class SlaEventsConsumer {

    private final Inbox inbox;
    private final Routing routing;
    private final SlaDeadlines deadlines;
    private final RoutingConfig config;

    SlaEventsConsumer(Inbox inbox, Routing routing, SlaDeadlines deadlines, RoutingConfig config) {
        this.inbox = inbox;
        this.routing = routing;
        this.deadlines = deadlines;
        this.config = config;
    }

    @Incoming("sla-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("sla-queue", message, this::apply);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        UUID ticketId = UUID.fromString(event.subject());
        if (event.data() instanceof SlaDeadlinesSet set) {
            return deadline(ticketId, earliest(set.firstResponseDue(), set.nextResponseDue(), set.resolutionDue()));
        }
        if (event.data() instanceof SlaResumed resumed) {
            return deadline(ticketId, earliest(resumed.firstResponseDue(), resumed.nextResponseDue(), resumed.resolutionDue()));
        }
        if (event.data() instanceof SlaWarning || event.data() instanceof SlaBreached) {
            return raise(ticketId, (SlaEvent) event.data(), event);
        }
        return Uni.createFrom().voidItem();
    }

    /** Kept for the ticket even if routing does not know it yet, and copied onto its queue entry if it does. */
    private Uni<Void> deadline(UUID ticketId, Instant dueAt) {
        return deadlines.set(ticketId, dueAt)
                .chain(() -> RoutedTicket.<RoutedTicket>findById(ticketId, LockModeType.PESSIMISTIC_WRITE))
                .invoke(ticket -> {
                    if (ticket != null) {
                        ticket.slaDueAt = dueAt;
                    }
                })
                .replaceWithVoid();
    }

    /** A waiting ticket moves up its queue; a breach on a ticket with an agent is reported (and may ask for L2). */
    private Uni<Void> raise(UUID ticketId, SlaEvent sla, EventEnvelope<HelpdeskEvent> event) {
        return RoutedTicket.<RoutedTicket>findById(ticketId, LockModeType.PESSIMISTIC_WRITE).chain(ticket -> {
            if (ticket != null && ticket.state == RouteState.ASSIGNED && sla instanceof SlaBreached breached) {
                return breachedWithAgent(ticket, breached, event);
            }
            if (ticket == null || ticket.state != RouteState.WAITING) {
                return Uni.createFrom().voidItem();
            }
            Priority before = ticket.queuePriority;
            Priority raised = QueuePriority.after(before, sla);
            if (raised == before) {
                return Uni.createFrom().voidItem();
            }
            String reason = "SLA " + (sla instanceof SlaBreached ? "breached" : "warning") + ": queue priority "
                    + before + " → " + raised;
            ticket.queuePriority = raised;
            return routing.publish(ticket, new QueuePriorityRaised(ticket.team, reason, before, raised),
                    Causation.reactingTo(event, Routing.ACTOR));
        });
    }

    /**
     * Routing cannot escalate a ticket itself; it reports the breach and, if configured, asks for L2. When
     * ticket-service escalates, its {@code TicketEscalated} frees the agent and routes the ticket at L2.
     */
    private Uni<Void> breachedWithAgent(RoutedTicket ticket, SlaBreached breached, EventEnvelope<HelpdeskEvent> event) {
        SupportLine escalateTo = config.breach().reassignToL2() && ticket.line == SupportLine.L1 ? SupportLine.L2 : null;
        String reason = breached.target().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " SLA breached while with "
                + ticket.agentId + (escalateTo == null ? "" : "; escalation to " + escalateTo + " requested");
        return routing.publish(ticket, new AssignedTicketBreached(ticket.agentId, ticket.team, ticket.line,
                breached.target(), breached.dueAt(), escalateTo, reason), Causation.reactingTo(event, Routing.ACTOR));
    }

    private static Instant earliest(Instant... deadlines) {
        return Stream.of(deadlines).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }
}
