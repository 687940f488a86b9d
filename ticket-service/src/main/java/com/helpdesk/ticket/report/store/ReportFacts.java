package com.helpdesk.ticket.report.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaMet;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.events.ticket.TicketRated;
import com.helpdesk.ticket.report.model.FactKind;
import com.helpdesk.ticket.report.model.TicketState;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes report_event rows in the caller's transaction. A ticket row stores the state after its event,
 * evolved from the row before it, so events of one ticket must come in stream order — as Kafka delivers one
 * key's records, and as the event store reads them back.
 */
@ApplicationScoped
public class ReportFacts {

    /** What was stored: nothing for an event the reports do not use or one stored before. */
    public record Recorded(FactKind kind, TicketState state) {
    }

    private static final String LOCK =
            "select count(*) from (select pg_advisory_xact_lock(hashtextextended(cast(:ticket as text), 8))) locked";
    private static final String LAST_STATE = """
            select status, channel, category, priority, team, line, agent, stream_version from report_event
            where ticket_id = :ticket and sla_target is null order by stream_version desc limit 1""";
    private static final String INSERT = """
            insert into report_event (event_id, ticket_id, kind, occurred_at, stream_version, status, channel, category,
                                      priority, team, line, agent, sla_target, due_at, met_at, score)
            values (:id, :ticket, :kind, :at, :version, :status, :channel, :category, :priority, :team, :line, :agent,
                    :target, :due, :met, :score)
            on conflict (event_id) do nothing""";

    /** Stores a ticket or SLA event if the reports use it; returns what was stored, or {@code null}. */
    public Uni<Recorded> record(EventEnvelope<? extends HelpdeskEvent> event) {
        var kind = FactKind.of(event.data());
        if (kind.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        UUID ticket = UUID.fromString(event.subject());
        if (!(event.data() instanceof TicketEvent ticketEvent)) {
            return insert(event, ticket, kind.get(), null).map(stored -> stored ? new Recorded(kind.get(), null) : null);
        }
        // one writer per ticket at a time: the live feed and a rebuild must not evolve from each other's half
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK).setParameter("ticket", ticket.toString())
                        .getSingleResult())
                .chain(() -> lastState(ticket))
                .chain(last -> {
                    if (last.version() >= event.streamVersion()) {
                        return Uni.createFrom().nullItem(); // already reflected, e.g. a topic replayed into kept rows
                    }
                    TicketState next = last.state().after(ticketEvent);
                    return insert(event, ticket, kind.get(), next).map(stored -> stored ? new Recorded(kind.get(), next) : null);
                });
    }

    /** Forgets a ticket's ticket rows (its SLA rows stay), before its stream is recorded again. */
    public Uni<Void> forgetTicketRows(UUID ticket) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK).setParameter("ticket", ticket.toString())
                        .getSingleResult()
                        .chain(() -> session.createNativeQuery("delete from report_event where ticket_id = :ticket and sla_target is null")
                                .setParameter("ticket", ticket).executeUpdate()))
                .replaceWithVoid();
    }

    private record Last(TicketState state, long version) {
    }

    private Uni<Last> lastState(UUID ticket) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LAST_STATE, Object[].class)
                .setParameter("ticket", ticket).getResultList())
                .map(rows -> rows.isEmpty() ? new Last(TicketState.NONE, 0) : new Last(state(rows.get(0)),
                        ((Number) rows.get(0)[7]).longValue()));
    }

    private static TicketState state(Object[] row) {
        return TicketState.of((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (String) row[6]);
    }

    private Uni<Boolean> insert(EventEnvelope<? extends HelpdeskEvent> event, UUID ticket, FactKind kind, TicketState state) {
        HelpdeskEvent data = event.data();
        Object target = data instanceof SlaMet met ? met.target().name() : data instanceof SlaBreached breached ? breached.target().name() : null;
        Instant due = data instanceof SlaMet met ? met.dueAt() : data instanceof SlaBreached breached ? breached.dueAt() : null;
        Instant metAt = data instanceof SlaMet met ? met.metAt() : null;
        Integer score = data instanceof TicketRated rated ? rated.score() : null;
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("id", event.id())
                .setParameter("ticket", ticket)
                .setParameter("kind", kind.name())
                .setParameter("at", utc(event.time()))
                .setParameter("version", event.streamVersion())
                .setParameter("status", state == null || state.status() == null ? null : state.status().name())
                .setParameter("channel", state == null ? null : name(state.channel()))
                .setParameter("category", state == null ? null : state.category())
                .setParameter("priority", state == null ? null : name(state.priority()))
                .setParameter("team", state == null ? null : state.team())
                .setParameter("line", state == null ? null : name(state.line()))
                .setParameter("agent", state == null ? null : state.agent())
                .setParameter("target", target)
                .setParameter("due", utc(due))
                .setParameter("met", utc(metAt))
                .setParameter("score", score == null ? null : score.shortValue())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
