package com.helpdesk.routing.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Each ticket's earliest open SLA deadline, kept whether or not the ticket is known yet: SLA events and the
 * ticket's own travel on different topics. Both sides write the ticket's row here before anything else, so
 * when they run at once the later one waits for the earlier to commit and then reads its result — neither
 * the deadline nor the ticket is missed.
 */
@ApplicationScoped
public class SlaDeadlines {

    private static final String SET = """
            insert into sla_deadline (ticket_id, due_at) values (:ticketId, :dueAt)
            on conflict (ticket_id) do update set due_at = excluded.due_at""";
    private static final String MEET = """
            insert into sla_deadline (ticket_id, due_at) values (:ticketId, null) on conflict (ticket_id) do nothing""";
    private static final String READ = "select due_at from sla_deadline where ticket_id = :ticketId";

    /** Records the SLA's deadline (null when none is open); call before looking at the ticket. */
    public Uni<Void> set(UUID ticketId, Instant dueAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SET)
                .setParameter("ticketId", ticketId)
                .setParameter("dueAt", dueAt == null ? null : OffsetDateTime.ofInstant(dueAt, ZoneOffset.UTC))
                .executeUpdate())
                .replaceWithVoid();
    }

    /** For a ticket routing meets for the first time: the deadline the SLA already set, if any. */
    public Uni<Instant> meet(UUID ticketId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MEET)
                .setParameter("ticketId", ticketId)
                .executeUpdate()
                .chain(() -> session.createNativeQuery(READ, Object.class)
                        .setParameter("ticketId", ticketId)
                        .getResultList()))
                .map(SlaDeadlines::instant);
    }

    private static Instant instant(List<Object> rows) {
        Object due = rows.isEmpty() ? null : rows.get(0);
        return due instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) due;
    }
}
