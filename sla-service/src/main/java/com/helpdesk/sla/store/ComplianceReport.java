package com.helpdesk.sla.store;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * SLA compliance from the clocks' timelines: every {@code Met} in time and every {@code Breached} is one
 * outcome, so each next-response episode and each reopened resolution counts on its own. A target met late
 * counts once, as breached. Grouped by target, a ticket attribute (as the clock knows it now) and period.
 */
@ApplicationScoped
public class ComplianceReport {

    /** What outcomes can be grouped by; the SQL is fixed per value, never built from input. */
    public enum Grouping {
        TEAM("c.clock -> 'profile' ->> 'team'"),
        PRIORITY("c.clock -> 'profile' ->> 'priority'"),
        CATEGORY("c.clock -> 'profile' ->> 'category'"),
        NONE("cast(null as text)");

        private final String column;

        Grouping(String column) {
            this.column = column;
        }
    }

    public enum Period {
        DAY, WEEK, MONTH
    }

    /** One line of the report; {@code group} is absent for {@link Grouping#NONE} or an unset attribute. */
    public record Line(String target, String group, Instant period, long met, long breached) {
    }

    private static final String QUERY = """
            select case when t.kind = 'Met' then t.change -> 'target' ->> 'target' else t.change ->> 'target' end,
                   %s,
                   date_trunc(:period, t.occurred_at, 'UTC'),
                   count(*) filter (where t.kind = 'Met' and not cast(t.change -> 'target' ->> 'breached' as boolean)),
                   count(*) filter (where t.kind = 'Breached')
            from sla_transition t join sla_clock c on c.ticket_id = t.ticket_id
            where t.kind in ('Met', 'Breached') and t.occurred_at >= :from and t.occurred_at < :to
            group by 1, 2, 3
            order by 3, 1, 2 nulls first""";

    public Uni<List<Line>> compute(Grouping grouping, Period period, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.createNativeQuery(QUERY.formatted(grouping.column),
                Object[].class)
                .setParameter("period", period.name().toLowerCase())
                .setParameter("from", ClockStore.utc(from))
                .setParameter("to", ClockStore.utc(to))
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Line((String) row[0], (String) row[1],
                        ClockStore.instant(row[2]), ((Number) row[3]).longValue(), ((Number) row[4]).longValue()))
                        .toList());
    }
}
