package com.helpdesk.routing.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The waiting tickets, in queue order: queue priority (P1 first), then the earliest SLA deadline (tickets
 * without one after those with one), then the longest wait. A queue is a (line, team) pair; tickets of no
 * team form their line's own queue, which every team of the line serves.
 */
@ApplicationScoped
public class Queues {

    /** The same order as {@link RoutedTicket#QUEUE_ORDER}; the index routed_ticket_queue serves it per team. */
    static final String ORDER = "t.queue_priority, t.sla_due_at, t.waiting_since, t.ticket_id";

    /* skip locked: a ticket another transaction is routing right now is not this drain's to take. */
    public static final String NEXT_OF_TEAM = """
            select t.* from routed_ticket t where t.state = 'WAITING' and t.line = :line and t.team = :team
            order by %s limit :limit for update skip locked""".formatted(ORDER);
    public static final String NEXT_OF_NO_TEAM = """
            select t.* from routed_ticket t where t.state = 'WAITING' and t.line = :line and t.team is null
            order by %s limit :limit for update skip locked""".formatted(ORDER);

    private static final String DUE_FOR_WIDENING = """
            select t.ticket_id from routed_ticket t
            where t.state = 'WAITING' and t.reach <> 'ANYONE'
              and (t.waiting_since < :anyoneBefore or (t.reach = 'EXACT' and t.waiting_since < :relatedBefore))
            order by t.waiting_since limit :limit""";

    private static final String VIEW = """
            select * from (
              select t.ticket_id, t.number, t.team, t.line, t.queue_priority, t.sla_due_at, t.waiting_since,
                     row_number() over (partition by t.team, t.line order by %1$s) as position,
                     count(*) over (partition by t.team, t.line) as waiting,
                     min(t.waiting_since) over (partition by t.team, t.line) as oldest
              from routed_ticket t where t.state = 'WAITING') q
            where q.position <= :shown
            order by q.team nulls first, q.line, q.position""".formatted(ORDER);

    private static final String ASSIGNED_SINCE = """
            select payload->>'team', payload->>'line', count(*) from routing_decision
            where event_type = 'helpdesk.routing.assignment-decided.v1' and decided_at >= :since
            group by 1, 2""";

    private static final String LENGTHS = """
            select t.team, t.line, count(*) from routed_ticket t where t.state = 'WAITING' group by t.team, t.line""";

    /** How many tickets a queue (team, line) had assigned recently. */
    public record Throughput(String team, SupportLine line, long assigned) {
    }

    /** One waiting ticket and its place in its queue. */
    public record Entry(UUID ticketId, String number, String team, SupportLine line, Priority queuePriority,
            Instant slaDueAt, Instant waitingSince, int position, long waiting, Instant oldestWaitingSince) {
    }

    /**
     * The first waiting tickets of a line that agents of these teams may take (their teams' and those of no
     * team), locked for routing, in queue order. Each queue is read along its index and the heads merged.
     */
    public Uni<List<RoutedTicket>> lockNext(SupportLine line, Set<String> teams, int limit) {
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(queuesOf(teams))
                .onItem().transformToUniAndConcatenate(team -> (team.isEmpty()
                        ? session.createNativeQuery(NEXT_OF_NO_TEAM, RoutedTicket.class)
                        : session.createNativeQuery(NEXT_OF_TEAM, RoutedTicket.class).setParameter("team", team.get()))
                        .setParameter("line", line.name())
                        .setParameter("limit", limit)
                        .getResultList())
                .collect().in(ArrayList<RoutedTicket>::new, List::addAll))
                .map(heads -> heads.stream().sorted(RoutedTicket.QUEUE_ORDER).limit(limit).toList());
    }

    /** Sorted, so that every drain locks queues in the same order. */
    private static List<Optional<String>> queuesOf(Set<String> teams) {
        List<Optional<String>> queues = new ArrayList<>();
        queues.add(Optional.empty());
        teams.stream().sorted().map(Optional::of).forEach(queues::add);
        return queues;
    }

    /**
     * Waiting tickets due for a wider reach than they were last offered: waiting since before
     * {@code relatedBefore} and not yet widened, or since before {@code anyoneBefore} and not yet offered to
     * anyone. Longest waiting first.
     */
    public Uni<List<UUID>> dueForWidening(Instant relatedBefore, Instant anyoneBefore, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(DUE_FOR_WIDENING, UUID.class)
                .setParameter("relatedBefore", OffsetDateTime.ofInstant(relatedBefore, ZoneOffset.UTC))
                .setParameter("anyoneBefore", OffsetDateTime.ofInstant(anyoneBefore, ZoneOffset.UTC))
                .setParameter("limit", limit)
                .getResultList());
    }

    /** How many tickets wait in a queue; {@code team} is null for the line's tickets of no team. */
    public record Length(String team, SupportLine line, long waiting) {
    }

    /** Every non-empty queue's length, counted along the queue index. */
    public Uni<List<Length>> lengths() {
        return Panache.getSession().chain(session -> session.createNativeQuery(LENGTHS, Object[].class).getResultList())
                .map(rows -> rows.stream().map(row -> new Length((String) row[0], SupportLine.valueOf((String) row[1]),
                        ((Number) row[2]).longValue())).toList());
    }

    /** Assignments per team and line since {@code since}, from the decision log. */
    public Uni<List<Throughput>> assignedSince(Instant since) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ASSIGNED_SINCE, Object[].class)
                .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Throughput((String) row[0],
                        SupportLine.valueOf((String) row[1]), ((Number) row[2]).longValue())).toList());
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
