package com.helpdesk.notification.projection;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEscalated;
import com.helpdesk.events.ticket.TicketPriorityChanged;
import com.helpdesk.events.ticket.TicketTransferred;
import com.helpdesk.events.ticket.TicketUnassigned;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Keeps {@link TicketFacts} from ticket events, in the consumer's transaction: the team and priority webhook filters
 * match on, the line and the assignee staff alerts name. The assignee follows ticket-service's rules: a transfer to
 * another team or an escalation to another line takes the ticket off its agent, as unassigning does; a resolution
 * does not.
 */
@ApplicationScoped
public class TicketFactsProjection {

    private static final String UPSERT = """
            insert into ticket_facts (ticket_id, team, priority, line, assignee)
            values (:ticket, :team, :priority, :line, :assignee)
            on conflict (ticket_id) do update set
                team = coalesce(excluded.team, ticket_facts.team),
                priority = coalesce(excluded.priority, ticket_facts.priority),
                line = coalesce(excluded.line, ticket_facts.line),
                assignee = case when :assigneeChanged then excluded.assignee else ticket_facts.assignee end""";

    /** Records what the event changes, if anything. */
    public Uni<Void> apply(EventEnvelope<? extends HelpdeskEvent> event) {
        UUID ticket = UUID.fromString(event.subject());
        HelpdeskEvent data = event.data();
        if (data instanceof TicketCreated created) {
            return upsert(ticket, created.team(), created.priority().name(), line(created.line()), false, null);
        } else if (data instanceof TicketPriorityChanged changed) {
            return upsert(ticket, null, changed.to().name(), null, false, null);
        } else if (data instanceof TicketAssigned assigned) {
            return upsert(ticket, assigned.team(), null, line(assigned.line()), true, assigned.agentId());
        } else if (data instanceof TicketUnassigned) {
            return upsert(ticket, null, null, null, true, null);
        } else if (data instanceof TicketTransferred transferred) {
            return upsert(ticket, transferred.toTeam(), null, null, true, null);
        } else if (data instanceof TicketEscalated escalated) {
            return upsert(ticket, null, null, line(escalated.to()), true, null);
        }
        return Uni.createFrom().voidItem();
    }

    /** The ticket as far as it is known; null before any of its events arrived. */
    public Uni<TicketFacts> of(UUID ticketId) {
        return TicketFacts.findById(ticketId);
    }

    private static Uni<Void> upsert(UUID ticket, String team, String priority, String line, boolean assigneeChanged,
            String assignee) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter("ticket", ticket)
                .setParameter("team", team)
                .setParameter("priority", priority)
                .setParameter("line", line)
                .setParameter("assignee", assignee)
                .setParameter("assigneeChanged", assigneeChanged)
                .executeUpdate()).replaceWithVoid();
    }

    private static String line(Enum<?> line) {
        return line == null ? null : line.name();
    }
}
