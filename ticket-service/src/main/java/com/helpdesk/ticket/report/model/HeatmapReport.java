package com.helpdesk.ticket.report.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tickets created in the period by day of week and hour of day on the wall clock of the requested zone — when
 * the work arrives, for staffing. On a clock change the repeated hour holds both hours' tickets and the
 * skipped hour none. A ticket falls in the group it was created in.
 */
public final class HeatmapReport {

    public static final List<String> COLUMNS = List.of("group", "day_of_week", "hour", "tickets");

    /** {@code createdByDay.get("MONDAY")[9]}: tickets created on Mondays between 09:00 and 10:00. */
    public record Row(String group, long tickets, Map<String, long[]> createdByDay) implements CsvRow {

        @Override
        public List<List<Object>> lines() {
            List<List<Object>> lines = new ArrayList<>();
            createdByDay.forEach((day, hours) -> {
                for (int hour = 0; hour < 24; hour++) {
                    lines.add(List.of(VolumeReport.nullable(group), day, hour, hours[hour]));
                }
            });
            return lines;
        }
    }

    /** Where an instant falls: {@code [day of week 0 = Monday][hour]}. */
    public static int[] cell(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return new int[] { local.getDayOfWeek().getValue() - 1, local.getHour() };
    }

    private HeatmapReport() {
    }

    public static List<Row> compute(List<TicketTimeline> tickets, ReportPeriod period, Dimension dimension) {
        Groups<long[][]> groups = new Groups<>(dimension, () -> new long[7][24]);
        for (TicketTimeline ticket : tickets) {
            Fact created = ticket.created();
            if (period.contains(created.at())) {
                int[] cell = cell(created.at(), period.zone());
                groups.of(created.state())[cell[0]][cell[1]]++;
            }
        }
        return groups.rows((group, matrix) -> {
            Map<String, long[]> byDay = new LinkedHashMap<>();
            long total = 0;
            for (DayOfWeek day : DayOfWeek.values()) {
                byDay.put(day.name(), matrix[day.getValue() - 1]);
                for (long count : matrix[day.getValue() - 1]) {
                    total += count;
                }
            }
            return new Row(group, total, byDay);
        });
    }
}
