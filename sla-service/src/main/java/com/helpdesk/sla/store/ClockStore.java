package com.helpdesk.sla.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.JsonNode;
import com.helpdesk.sla.domain.SlaClock;
import com.helpdesk.sla.domain.Transition;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Clocks and their timelines in PostgreSQL. Whoever changes a clock holds its row lock ({@code FOR UPDATE}) for
 * the transaction, so the ticket-event consumer and the timer never interleave on one ticket.
 */
@ApplicationScoped
public class ClockStore {

    private static final String LOCK = """
            select ticket_id, clock::text, ticket_version, correlation_id from sla_clock
            where ticket_id = :ticketId for update""";
    private static final String READ = """
            select ticket_id, clock::text, ticket_version, correlation_id from sla_clock where ticket_id = :ticketId""";
    private static final String CLAIM_DUE = """
            select ticket_id, clock::text, ticket_version, correlation_id from sla_clock
            where next_fire_at <= :now order by next_fire_at limit :limit for update skip locked""";
    private static final String FOLLOWING_POLICY = """
            select ticket_id, clock::text, ticket_version, correlation_id from sla_clock
            where cast(clock -> 'policy' ->> 'id' as uuid) = :policyId
              and (state not in ('CLOSED', 'MERGED') or (:includeClosed and updated_at >= :closedSince))
            order by updated_at desc limit :limit""";
    private static final String LOCK_OPEN_FOLLOWING_POLICY = """
            select ticket_id, clock::text, ticket_version, correlation_id from sla_clock
            where cast(clock -> 'policy' ->> 'id' as uuid) = :policyId and state not in ('CLOSED', 'MERGED')
            order by ticket_id limit :limit for update""";
    private static final String NEXT_FIRE_AT = "select min(next_fire_at) from sla_clock";
    // Batched with unnest: the timer records a whole claim in two statements however many clocks it fired.
    private static final String SAVE = """
            insert into sla_clock (ticket_id, state, clock, next_fire_at, ticket_version, correlation_id, updated_at)
            select id, state, cast(clock as jsonb), cast(next_fire_at as timestamptz), ticket_version, correlation_id,
                   now()
            from unnest(cast(:ids as uuid[]), cast(:states as text[]), cast(:clocks as text[]),
                        cast(:nextFireAts as text[]), cast(:ticketVersions as bigint[]), cast(:correlationIds as uuid[]))
                 as saved(id, state, clock, next_fire_at, ticket_version, correlation_id)
            on conflict (ticket_id) do update set state = excluded.state, clock = excluded.clock,
                next_fire_at = excluded.next_fire_at, ticket_version = excluded.ticket_version,
                updated_at = excluded.updated_at""";
    private static final String APPEND = """
            insert into sla_transition (ticket_id, occurred_at, cause_event_id, cause_type, kind, policy_id,
                policy_version, calendar_id, calendar_version, change)
            select ticket_id, cast(occurred_at as timestamptz), cause_event_id, cause_type, kind, policy_id,
                   policy_version, calendar_id, calendar_version, cast(change as jsonb)
            from unnest(cast(:ticketIds as uuid[]), cast(:occurredAts as text[]), cast(:causeEventIds as uuid[]),
                        cast(:causeTypes as text[]), cast(:kinds as text[]), cast(:policyIds as uuid[]),
                        cast(:policyVersions as integer[]), cast(:calendarIds as text[]),
                        cast(:calendarVersions as integer[]), cast(:changes as text[]))
                 as appended(ticket_id, occurred_at, cause_event_id, cause_type, kind, policy_id, policy_version,
                             calendar_id, calendar_version, change)""";
    private static final String TIMELINE = """
            select occurred_at, cause_event_id, cause_type, kind, policy_id, policy_version, calendar_id,
                   calendar_version, change::text
            from sla_transition where ticket_id = :ticketId order by position""";

    private final StoredJson json;

    ClockStore(StoredJson json) {
        this.json = json;
    }

    /** The clock locked for this transaction, or {@link StoredClock#none} for a ticket not seen yet. */
    public Uni<StoredClock> lock(UUID ticketId) {
        return one(LOCK, ticketId);
    }

    public Uni<StoredClock> read(UUID ticketId) {
        return one(READ, ticketId);
    }

    /**
     * Locks up to {@code limit} clocks with a warning or breach due at {@code now}, skipping those another
     * replica (or the consumer) holds: they are someone else's work, or will be due again on the next pass.
     */
    public Uni<List<StoredClock>> claimDue(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM_DUE, Object[].class)
                .setParameter("now", utc(now))
                .setParameter("limit", limit)
                .getResultList())
                .map(rows -> rows.stream().map(this::clock).toList());
    }

    /**
     * Clocks following any version of a policy, newest first: the open ones, and those closed since
     * {@code closedSince} when it is given.
     */
    public Uni<List<StoredClock>> followingPolicy(UUID policyId, Instant closedSince, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FOLLOWING_POLICY, Object[].class)
                .setParameter("policyId", policyId)
                .setParameter("includeClosed", closedSince != null)
                .setParameter("closedSince", utc(closedSince == null ? Instant.EPOCH : closedSince))
                .setParameter("limit", limit)
                .getResultList())
                .map(rows -> rows.stream().map(this::clock).toList());
    }

    /** Open clocks following any version of a policy, locked for this transaction. */
    public Uni<List<StoredClock>> lockOpenFollowingPolicy(UUID policyId, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK_OPEN_FOLLOWING_POLICY, Object[].class)
                .setParameter("policyId", policyId)
                .setParameter("limit", limit)
                .getResultList())
                .map(rows -> rows.stream().map(this::clock).toList());
    }

    /** The earliest warning or breach still to fire, or {@code null}: what the timer sleeps until. */
    public Uni<Instant> nextFireAt() {
        return Panache.getSession().chain(session -> session.createNativeQuery(NEXT_FIRE_AT, Object.class)
                .getSingleResultOrNull())
                .map(next -> next == null ? null : instant(next));
    }

    /** Stores changed clocks and appends their transitions to their timelines, in the caller's transaction. */
    public Uni<Void> record(List<ClockUpdate> updates) {
        if (updates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> save(session, updates).chain(() -> append(session, updates)))
                .replaceWithVoid();
    }

    private Uni<Integer> save(Mutiny.Session session, List<ClockUpdate> updates) {
        List<StoredClock> clocks = updates.stream().map(ClockUpdate::clock).toList();
        return session.createNativeQuery(SAVE)
                .setParameter("ids", clocks.stream().map(StoredClock::ticketId).toArray(UUID[]::new))
                .setParameter("states", clocks.stream().map(stored -> stored.clock().state().name()).toArray(String[]::new))
                .setParameter("clocks", clocks.stream().map(stored -> json.write(stored.clock())).toArray(String[]::new))
                .setParameter("nextFireAts", clocks.stream().map(stored -> stored.clock().nextFireAt())
                        .map(next -> next == null ? null : next.toString()).toArray(String[]::new))
                .setParameter("ticketVersions", clocks.stream().map(StoredClock::ticketVersion).toArray(Long[]::new))
                .setParameter("correlationIds", clocks.stream().map(StoredClock::correlationId).toArray(UUID[]::new))
                .executeUpdate();
    }

    private Uni<Integer> append(Mutiny.Session session, List<ClockUpdate> updates) {
        List<UUID> tickets = new ArrayList<>();
        List<Transition> transitions = new ArrayList<>();
        updates.forEach(update -> update.transitions().forEach(transition -> {
            tickets.add(update.clock().ticketId());
            transitions.add(transition);
        }));
        if (transitions.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return session.createNativeQuery(APPEND)
                .setParameter("ticketIds", tickets.toArray(UUID[]::new))
                .setParameter("occurredAts", transitions.stream().map(t -> t.cause().at().toString()).toArray(String[]::new))
                .setParameter("causeEventIds", transitions.stream().map(t -> t.cause().eventId()).toArray(UUID[]::new))
                .setParameter("causeTypes", transitions.stream().map(t -> t.cause().eventType()).toArray(String[]::new))
                .setParameter("kinds", transitions.stream().map(t -> t.change().getClass().getSimpleName()).toArray(String[]::new))
                .setParameter("policyIds", transitions.stream().map(t -> t.policy().id()).toArray(UUID[]::new))
                .setParameter("policyVersions", transitions.stream().map(t -> t.policy().version()).toArray(Integer[]::new))
                .setParameter("calendarIds", transitions.stream().map(t -> t.calendar().id()).toArray(String[]::new))
                .setParameter("calendarVersions", transitions.stream().map(t -> t.calendar().version()).toArray(Integer[]::new))
                .setParameter("changes", transitions.stream().map(t -> json.write(t.change())).toArray(String[]::new))
                .executeUpdate();
    }

    public Uni<List<TimelineEntry>> timeline(UUID ticketId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(TIMELINE, Object[].class)
                .setParameter("ticketId", ticketId)
                .getResultList())
                .map(rows -> rows.stream().map(this::entry).toList());
    }

    private Uni<StoredClock> one(String query, UUID ticketId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(query, Object[].class)
                .setParameter("ticketId", ticketId)
                .getResultList())
                .map(rows -> rows.isEmpty() ? StoredClock.none(ticketId) : clock(rows.get(0)));
    }

    private StoredClock clock(Object[] row) {
        return new StoredClock((UUID) row[0], json.read((String) row[1], SlaClock.class), ((Number) row[2]).longValue(),
                (UUID) row[3]);
    }

    private TimelineEntry entry(Object[] row) {
        return new TimelineEntry(instant(row[0]), (UUID) row[1], (String) row[2], (String) row[3], (UUID) row[4],
                ((Number) row[5]).intValue(), (String) row[6], ((Number) row[7]).intValue(),
                json.read((String) row[8], JsonNode.class));
    }


    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) timestamp;
    }
}
