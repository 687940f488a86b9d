package com.helpdesk.sla.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.JsonNode;
import com.helpdesk.sla.domain.SlaClock;
import com.helpdesk.sla.domain.Transition;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
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
    private static final String SAVE = """
            insert into sla_clock (ticket_id, state, clock, next_fire_at, ticket_version, correlation_id, updated_at)
            values (:ticketId, :state, cast(cast(:clock as text) as jsonb), :nextFireAt, :ticketVersion,
                    :correlationId, :updatedAt)
            on conflict (ticket_id) do update set state = excluded.state, clock = excluded.clock,
                next_fire_at = excluded.next_fire_at, ticket_version = excluded.ticket_version,
                updated_at = excluded.updated_at""";
    private static final String APPEND = """
            insert into sla_transition (ticket_id, occurred_at, cause_event_id, cause_type, kind, policy_id,
                policy_version, calendar_id, calendar_version, change)
            values (:ticketId, :occurredAt, :causeEventId, :causeType, :kind, :policyId, :policyVersion,
                    :calendarId, :calendarVersion, cast(cast(:change as text) as jsonb))""";
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

    public Uni<Void> save(StoredClock stored, Instant now) {
        SlaClock clock = stored.clock();
        Instant nextFireAt = clock.nextFireAt();
        return Panache.getSession().chain(session -> session.createNativeQuery(SAVE)
                .setParameter("ticketId", stored.ticketId())
                .setParameter("state", clock.state().name())
                .setParameter("clock", json.write(clock))
                .setParameter("nextFireAt", nextFireAt == null ? null : utc(nextFireAt))
                .setParameter("ticketVersion", stored.ticketVersion())
                .setParameter("correlationId", stored.correlationId())
                .setParameter("updatedAt", utc(now))
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> append(UUID ticketId, List<Transition> transitions) {
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(transitions)
                .onItem().transformToUniAndConcatenate(transition -> insert(session, ticketId, transition))
                .collect().last())
                .replaceWithVoid();
    }

    public Uni<List<TimelineEntry>> timeline(UUID ticketId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(TIMELINE, Object[].class)
                .setParameter("ticketId", ticketId)
                .getResultList())
                .map(rows -> rows.stream().map(this::entry).toList());
    }

    private Uni<Integer> insert(Mutiny.Session session, UUID ticketId, Transition transition) {
        return session.createNativeQuery(APPEND)
                .setParameter("ticketId", ticketId)
                .setParameter("occurredAt", utc(transition.cause().at()))
                .setParameter("causeEventId", transition.cause().eventId())
                .setParameter("causeType", transition.cause().eventType())
                .setParameter("kind", transition.change().getClass().getSimpleName())
                .setParameter("policyId", transition.policy().id())
                .setParameter("policyVersion", transition.policy().version())
                .setParameter("calendarId", transition.calendar().id())
                .setParameter("calendarVersion", transition.calendar().version())
                .setParameter("change", json.write(transition.change()))
                .executeUpdate();
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
