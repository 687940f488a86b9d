package com.helpdesk.routing.messaging;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.events.ticket.TicketAssignmentRejected;
import com.helpdesk.events.ticket.TicketCategoryChanged;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEscalated;
import com.helpdesk.events.ticket.TicketMerged;
import com.helpdesk.events.ticket.TicketPriorityChanged;
import com.helpdesk.events.ticket.TicketReopened;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.TicketTransferred;
import com.helpdesk.events.ticket.TicketUnassigned;
import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.routing.domain.SkillReach;
import com.helpdesk.routing.domain.Team;
import com.helpdesk.events.Causation;
import com.helpdesk.routing.service.Routing;
import com.helpdesk.routing.store.RouteState;
import com.helpdesk.routing.store.RoutedTicket;
import com.helpdesk.routing.store.SlaDeadlines;
import com.helpdesk.routing.store.StoredTeam;

import io.smallrye.mutiny.Uni;

/**
 * Reacts to the ticket lifecycle: new, escalated, transferred, reopened, unassigned or rejected tickets are
 * routed; assignments (routed or manual) count toward agents' load; resolved, closed and merged tickets free
 * it. Each event applies once ({@link Inbox}) and in one transaction with its decisions.
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private final Inbox inbox;
    private final Routing routing;
    private final SlaDeadlines deadlines;

    TicketEventsConsumer(Inbox inbox, Routing routing, SlaDeadlines deadlines) {
        this.inbox = inbox;
        this.routing = routing;
        this.deadlines = deadlines;
    }

    @Incoming("ticket-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("ticket-routing", message, this::apply);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        Causation cause = Causation.reactingTo(event, Routing.ACTOR);
        HelpdeskEvent data = event.data();
        if (data instanceof TicketCreated created) {
            return opened(event, created, cause);
        }
        return known(event, ticket -> {
            ticket.ticketVersion = Math.max(ticket.ticketVersion, event.streamVersion());
            if (data instanceof TicketEscalated escalated) {
                return moved(ticket, cause, t -> t.line = escalated.to());
            }
            if (data instanceof TicketTransferred transferred) {
                return moved(ticket, cause, t -> {
                    t.team = transferred.toTeam();
                    t.teamFromCategory = false;
                });
            }
            if (data instanceof TicketUnassigned unassigned) {
                // whoever was taken off the ticket is not the one to get it straight back
                return routing.release(ticket, cause)
                        .chain(() -> routing.routeAvoiding(ticket, unassigned.agentId(), cause));
            }
            if (data instanceof TicketReopened) {
                return moved(ticket, cause, t -> { });
            }
            if (data instanceof TicketAssignmentRejected rejected) {
                // a rejection of an older decision is moot: its reservation was released when the ticket changed
                return rejected.decisionId().equals(ticket.decisionId) ? moved(ticket, cause, t -> { }) : none();
            }
            if (data instanceof TicketAssigned assigned) {
                return assigned(ticket, assigned, cause);
            }
            if (data instanceof TicketResolved || data instanceof TicketClosed || data instanceof TicketMerged) {
                ticket.state = RouteState.DONE;
                return routing.release(ticket, cause);
            }
            if (data instanceof TicketPriorityChanged changed) {
                ticket.reprioritize(changed.to());
                return none();
            }
            if (data instanceof TicketCategoryChanged changed) {
                ticket.category = changed.to();
                Uni<RoutedTicket> classified = ticket.teamFromCategory ? withOwningTeam(ticket) : Uni.createFrom().item(ticket);
                return ticket.state == RouteState.WAITING ? classified.chain(t -> routing.route(t, cause)) : classified.replaceWithVoid();
            }
            return none();
        });
    }

    private Uni<Void> opened(EventEnvelope<HelpdeskEvent> event, TicketCreated created, Causation cause) {
        UUID id = UUID.fromString(event.subject());
        return RoutedTicket.<RoutedTicket>findById(id).chain(existing -> {
            if (existing != null) {
                return none();
            }
            RoutedTicket ticket = new RoutedTicket();
            ticket.ticketId = id;
            ticket.number = created.number();
            ticket.category = created.category();
            ticket.language = created.language();
            ticket.channel = created.channel();
            ticket.priority = created.priority();
            ticket.queuePriority = created.priority();
            ticket.line = created.line() == null ? SupportLine.L1 : created.line();
            ticket.team = created.team();
            ticket.state = RouteState.WAITING;
            ticket.waitingSince = event.time();
            ticket.ticketVersion = event.streamVersion();
            ticket.reach = SkillReach.EXACT;
            Uni<RoutedTicket> classified = ticket.team == null ? withOwningTeam(ticket) : Uni.createFrom().item(ticket);
            return classified
                    .chain(() -> deadlines.meet(id))
                    .invoke(dueAt -> ticket.slaDueAt = dueAt)
                    .chain(() -> ticket.persist())
                    .chain(() -> routing.route(ticket, cause));
        });
    }

    /** Ticket-service does not classify teams: the team covering the category most specifically owns it. */
    private static Uni<RoutedTicket> withOwningTeam(RoutedTicket ticket) {
        return StoredTeam.<StoredTeam>listAll().map(teams -> {
            ticket.team = Team.owning(ticket.category, teams.stream().map(StoredTeam::toTeam).toList())
                    .map(Team::id).orElse(null);
            ticket.teamFromCategory = true;
            return ticket;
        });
    }

    /** The ticket must be routed anew: it changes, its agent (if any) lets go of it, and it is routed. */
    private Uni<Void> moved(RoutedTicket ticket, Causation cause, Consumer<RoutedTicket> change) {
        change.accept(ticket);
        return routing.release(ticket, cause).chain(() -> routing.route(ticket, cause));
    }

    private Uni<Void> assigned(RoutedTicket ticket, TicketAssigned assigned, Causation cause) {
        if (ticket.state == RouteState.ASSIGNED && assigned.agentId().equals(ticket.agentId)) {
            return none(); // ticket-service carried out routing's own decision: its load is already counted
        }
        return routing.reassign(ticket, assigned.agentId(), assigned.decisionId(), cause);
    }

    /** Runs {@code handler} on the ticket, locked; events of tickets routing never saw open are ignored. */
    private static Uni<Void> known(EventEnvelope<HelpdeskEvent> event, Function<RoutedTicket, Uni<Void>> handler) {
        return RoutedTicket.<RoutedTicket>findById(UUID.fromString(event.subject()), LockModeType.PESSIMISTIC_WRITE)
                .chain(ticket -> ticket == null ? none() : handler.apply(ticket));
    }

    private static Uni<Void> none() {
        return Uni.createFrom().voidItem();
    }
}
