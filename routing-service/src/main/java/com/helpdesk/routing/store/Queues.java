package com.helpdesk.routing.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The waiting tickets, in queue order: queue priority (P1 first), then the earliest SLA deadline (tickets
 * without one after those with one), then the longest wait.
 */
@ApplicationScoped
public class Queues {

    static final String ORDER = "t.queue_priority, d.due_at nulls last, t.waiting_since, t.ticket_id";

    /* skip locked: a ticket another transaction is routing right now is not this drain's to take. */
    private static final String NEXT = """
            select t.* from routed_ticket t left join sla_deadline d on d.ticket_id = t.ticket_id
            where t.state = 'WAITING' and t.line = :line
              and (t.team is null or t.team = any(string_to_array(:teams, ',')))
            order by %s limit :limit for update of t skip locked""".formatted(ORDER);

    private static final String VIEW = """
            select * from (
              select t.ticket_id, t.number, t.team, t.line, t.queue_priority, d.due_at, t.waiting_since,
                     row_number() over (partition by t.team, t.line order by %1$s) as position,
                     count(*) over (partition by t.team, t.line) as waiting,
                     min(t.waiting_since) over (partition by t.team, t.line) as oldest
              from routed_ticket t left join sla_deadline d on d.ticket_id = t.ticket_id
              where t.state = 'WAITING') q
            where q.position <= :shown
            order by q.team nulls first, q.line, q.position""".formatted(ORDER);

    /** One waiting ticket and its place in its queue. */
    public record Entry(UUID ticketId, String number, String team, SupportLine line, Priority queuePriority,
            Instant slaDueAt, Instant waitingSince, int position, long waiting, Instant oldestWaitingSince) {
    }

    /** The first waiting tickets of a line that agents of these teams may take, locked for routing. */
    public Uni<List<RoutedTicket>> lockNext(SupportLine line, Set<String> teams, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(NEXT, RoutedTicket.class)
                .setParameter("line", line.name())
                .setParameter("teams", String.join(",", teams))
                .setParameter("limit", limit)
                .getResultList());
    }

    /** Every queue (team × line) with its first {@code shown} tickets. */
    public Uni<List<Entry>> view(int shown) {
        return Panache.getSession().chain(session -> session.createNativeQuery(VIEW, Object[].class)
                .setParameter("shown", shown)
                .getResultList())
                .map(rows -> rows.stream().map(Queues::entry).toList());
    }

    private static Entry entry(Object[] row) {
        return new Entry((UUID) row[0], (String) row[1], (String) row[2], SupportLine.valueOf((String) row[3]),
                Priority.valueOf((String) row[4]), instant(row[5]), instant(row[6]), ((Number) row[7]).intValue(),
                ((Number) row[8]).longValue(), instant(row[9]));
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) timestamp;
    }
}
