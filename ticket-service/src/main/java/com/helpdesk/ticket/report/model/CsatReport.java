package com.helpdesk.ticket.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Satisfaction of the tickets resolved in the period (merged duplicates left out), with every rating known at
 * {@code asOf} — a rating usually follows the resolution, so last week's figures still grow this week.
 * Response rate = rated / resolved; mean and distribution over the ratings. A ticket falls in the group it
 * was in at its last resolution in the period (so {@code agent} is who resolved it).
 */
public final class CsatReport {

    public static final List<String> COLUMNS = List.of("group", "resolved", "rated", "response_rate_percent", "mean_score",
            "score_1", "score_2", "score_3", "score_4", "score_5");

    public record Row(String group, long resolved, long rated, BigDecimal responseRatePercent, BigDecimal meanScore,
            Map<String, Long> distribution) implements CsvRow {

        @Override
        public List<List<Object>> lines() {
            List<Object> line = new ArrayList<>(java.util.Arrays.asList(VolumeReport.nullable(group), resolved, rated,
                    responseRatePercent, meanScore));
            line.addAll(distribution.values());
            return List.of(line);
        }
    }

    private CsatReport() {
    }

    public static List<Row> compute(List<TicketTimeline> tickets, ReportPeriod period, Dimension dimension) {
        Groups<long[]> groups = new Groups<>(dimension, () -> new long[8]); // resolved, rated, sum, count per score 1..5
        for (TicketTimeline ticket : tickets) {
            if (ticket.mergedBy(period)) {
                continue;
            }
            ticket.lastIn(FactKind.RESOLVED, period).ifPresent(resolved -> {
                long[] group = groups.of(ticket.stateAt(resolved.at()));
                group[0]++;
                ticket.first(FactKind.RATED).filter(rated -> period.isKnown(rated.at())).ifPresent(rated -> {
                    group[1]++;
                    group[2] += rated.score();
                    group[2 + rated.score()]++;
                });
            });
        }
        return groups.rows((group, c) -> {
            Map<String, Long> distribution = new LinkedHashMap<>();
            for (int score = 1; score <= 5; score++) {
                distribution.put(String.valueOf(score), c[2 + score]);
            }
            return new Row(group, c[0], c[1], Ratios.percent(c[1], c[0]), Ratios.per(c[2], c[1]), distribution);
        });
    }
}
