package com.helpdesk.ticket.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.ticket.domain.Ticket;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes ticket_view rows from a ticket's events. The ticket's SLA facts live in ticket_sla, which only
 * {@code SlaDeadlines} changes; a new ticket gets an empty row there so that every view row has one.
 */
@ApplicationScoped
public class TicketViews {

    private static final String UPSERT = """
            insert into ticket_view (id, number, subject, description, status, priority, category, channel, language,
                tags, requester_id, requester_email, filed_by, team, line, assignee_id, merged_into, rated, version,
                created_at, updated_at)
            values (:id, :number, :subject, :description, :status, :priority, :category, :channel, :language,
                :tags, :requesterId, :requesterEmail, :filedBy, :team, :line, :assigneeId, :mergedInto, :rated, :version,
                :createdAt, :updatedAt)
            on conflict (id) do update set subject = excluded.subject, description = excluded.description,
                status = excluded.status, priority = excluded.priority, category = excluded.category,
                tags = excluded.tags, team = excluded.team, line = excluded.line, assignee_id = excluded.assignee_id,
                merged_into = excluded.merged_into, rated = excluded.rated, version = excluded.version,
                updated_at = excluded.updated_at
            where ticket_view.version < excluded.version""";
    private static final String SLA_ROW = "insert into ticket_sla (ticket_id) values (:id) on conflict do nothing";

    /** Rewrites the row as the history says (the history must start at the ticket's first event). */
    public Uni<Void> write(UUID id, List<EventEnvelope<TicketEvent>> history) {
        Ticket ticket = Ticket.replay(history.stream().map(EventEnvelope::data).toList());
        Instant createdAt = history.get(0).time();
        Instant updatedAt = history.get(history.size() - 1).time();
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter("id", id)
                .setParameter("number", ticket.number())
                .setParameter("subject", ticket.subject())
                .setParameter("description", ticket.description())
                .setParameter("status", ticket.status().name())
                .setParameter("priority", ticket.priority().name())
                .setParameter("category", ticket.category())
                .setParameter("channel", ticket.channel().name())
                .setParameter("language", ticket.language())
                .setParameter("tags", String.join(",", new TreeSet<>(ticket.tags())))
                .setParameter("requesterId", ticket.requester().userId())
                .setParameter("requesterEmail", ticket.requester().email())
                .setParameter("filedBy", ticket.filedBy())
                .setParameter("team", ticket.team())
                .setParameter("line", ticket.line() == null ? null : ticket.line().name())
                .setParameter("assigneeId", ticket.assigneeId())
                .setParameter("mergedInto", ticket.mergedInto())
                .setParameter("rated", ticket.rated())
                .setParameter("version", ticket.version())
                .setParameter("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .setParameter("updatedAt", OffsetDateTime.ofInstant(updatedAt, ZoneOffset.UTC))
                .executeUpdate()
                .chain(() -> session.createNativeQuery(SLA_ROW).setParameter("id", id).executeUpdate()))
                .replaceWithVoid();
    }
}
