package com.helpdesk.ticket.report.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.ticket.report.model.Fact;
import com.helpdesk.ticket.report.model.FactKind;
import com.helpdesk.ticket.report.model.ReportPeriod;
import com.helpdesk.ticket.report.model.TicketState;
import com.helpdesk.ticket.report.model.TicketTimeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Loads the timelines a period's reports need: every known fact (up to {@code asOf}) of each ticket created
 * before the period ends that either had an event since its start or was still open at its last known event.
 * A ticket finished before the period and untouched since cannot change any figure, so it is not read.
 */
@ApplicationScoped
public class ReportTimelines {

    private static final String FACTS = """
            with relevant as (
                select ticket_id from report_event where occurred_at <= $3
                group by ticket_id
                having min(occurred_at) < $2
                   and (max(occurred_at) >= $1
                        or coalesce((array_agg(status order by stream_version desc)
                                     filter (where sla_target is null))[1], '') not in ('RESOLVED', 'CLOSED')))
            select e.ticket_id, e.kind, e.occurred_at, e.stream_version, e.status, e.channel, e.category, e.priority,
                   e.team, e.line, e.agent, e.sla_target, e.due_at, e.met_at, e.score
            from report_event e join relevant using (ticket_id)
            where e.occurred_at <= $3
            order by e.ticket_id, e.occurred_at, e.sla_target is not null, e.stream_version""";
    private static final OffsetDateTime EVERYTHING = OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Pool pool;

    ReportTimelines(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<TicketTimeline>> of(ReportPeriod period) {
        Tuple window = Tuple.of(utc(period.from()), utc(period.to()),
                period.asOf() == null ? EVERYTHING : utc(period.asOf()));
        return pool.preparedQuery(FACTS).execute(window).map(rows -> {
            List<TicketTimeline> timelines = new ArrayList<>();
            List<Fact> facts = new ArrayList<>();
            UUID current = null;
            for (Row row : rows) {
                UUID ticket = row.getUUID(0);
                if (!ticket.equals(current)) {
                    close(current, facts, timelines);
                    current = ticket;
                    facts = new ArrayList<>();
                }
                facts.add(fact(row));
            }
            close(current, facts, timelines);
            return timelines;
        });
    }

    private static void close(UUID ticket, List<Fact> facts, List<TicketTimeline> timelines) {
        if (ticket != null) {
            TicketTimeline.of(ticket, facts).ifPresent(timelines::add);
        }
    }

    private static Fact fact(Row row) {
        String target = row.getString(11);
        TicketState state = target != null ? null : TicketState.of(row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10));
        Short score = row.getShort(14);
        return new Fact(row.getUUID(0), FactKind.valueOf(row.getString(1)), instant(row.getOffsetDateTime(2)),
                row.getLong(3), state, target == null ? null : SlaTarget.valueOf(target),
                instant(row.getOffsetDateTime(12)), instant(row.getOffsetDateTime(13)),
                score == null ? null : score.intValue());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
