package com.helpdesk.ticket.report.model;

import java.time.Duration;
import java.util.List;

/**
 * Created, resolved, closed, reopened and merged tickets in the period, and the backlog at its end with
 * its age. Each ticket counts once per column even if, say, it was resolved twice in the period, and falls
 * in the group it was in at the counted event (the backlog: at the end of the period).
 */
public final class VolumeReport {

    public static final List<String> COLUMNS = List.of("group", "created", "resolved", "closed", "reopened", "merged",
            "backlog", "backlog_under_1d", "backlog_1d_to_3d", "backlog_3d_to_7d", "backlog_7d_to_30d", "backlog_30d_or_more");

    /** Backlog by age (end of period − creation): {@code [0,1d) [1d,3d) [3d,7d) [7d,30d) [30d,…)}. */
    public record BacklogAge(long under1Day, long from1To3Days, long from3To7Days, long from7To30Days, long days30OrMore) {
    }

    public record Row(String group, long created, long resolved, long closed, long reopened, long merged, long backlog,
            BacklogAge backlogAge) implements CsvRow {

        @Override
        public List<List<Object>> lines() {
            return List.of(List.of(nullable(group), created, resolved, closed, reopened, merged, backlog,
                    backlogAge.under1Day(), backlogAge.from1To3Days(), backlogAge.from3To7Days(),
                    backlogAge.from7To30Days(), backlogAge.days30OrMore()));
        }
    }

    private static final long[] AGE_LIMITS_DAYS = { 1, 3, 7, 30 };

    private VolumeReport() {
    }

    public static List<Row> compute(List<TicketTimeline> tickets, ReportPeriod period, Dimension dimension) {
        Groups<long[]> groups = new Groups<>(dimension, () -> new long[11]);
        for (TicketTimeline ticket : tickets) {
            if (period.contains(ticket.created().at())) {
                groups.of(ticket.created().state())[0]++;
            }
            int column = 1;
            for (FactKind kind : List.of(FactKind.RESOLVED, FactKind.CLOSED, FactKind.REOPENED, FactKind.MERGED)) {
                int counted = column++;
                ticket.lastIn(kind, period).ifPresent(fact -> groups.of(ticket.stateAt(fact.at()))[counted]++);
            }
            TicketState atEnd = ticket.stateAtEnd(period);
            if (ticket.existsAtEnd(period) && atEnd.isOpen()) {
                long[] group = groups.of(atEnd);
                group[5]++;
                group[6 + ageBucket(Duration.between(ticket.created().at(), period.end()))]++;
            }
        }
        return groups.rows((group, c) -> new Row(group, c[0], c[1], c[2], c[3], c[4], c[5],
                new BacklogAge(c[6], c[7], c[8], c[9], c[10])));
    }

    static int ageBucket(Duration age) {
        int bucket = 0;
        while (bucket < AGE_LIMITS_DAYS.length && age.compareTo(Duration.ofDays(AGE_LIMITS_DAYS[bucket])) >= 0) {
            bucket++;
        }
        return bucket;
    }

    static Object nullable(String group) {
        return group == null ? "" : group;
    }
}
