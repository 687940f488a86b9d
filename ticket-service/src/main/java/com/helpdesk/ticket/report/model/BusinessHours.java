package com.helpdesk.ticket.report.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The working week the reports count business time in: a zone, working days, the same working intervals
 * on each of them, and holidays. An instant is business time when its wall-clock time in the zone lies in
 * an interval of a working, non-holiday date, so a clock change is exact (an interval across it is an hour
 * shorter or longer).
 *
 * <p>Deliberately smaller than sla-service's calendars (no per-date hours, no transferred working days):
 * SLA compliance itself is sla-service's verdict, taken from its events; this only times the reports.
 */
public record BusinessHours(ZoneId zone, Set<DayOfWeek> days, List<Interval> hours, Set<LocalDate> holidays) {

    /** Working time of one day, {@code [opens, closes)}; {@code closes} {@code 00:00} means midnight at the end. */
    public record Interval(LocalTime opens, LocalTime closes) {

        public Interval {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
                throw new IllegalArgumentException("an interval must open before it closes: " + opens + "-" + closes);
            }
        }

        /** {@code 09:00-13:00}; {@code 24:00} is accepted as the end of the day. */
        public static Interval parse(String text) {
            String[] bounds = text.trim().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("not an interval like 09:00-18:00: " + text);
            }
            String closes = bounds[1].trim().equals("24:00") ? "00:00" : bounds[1].trim();
            return new Interval(LocalTime.parse(bounds[0].trim()), LocalTime.parse(closes));
        }
    }

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        days = Set.copyOf(days);
        hours = List.copyOf(hours);
        holidays = Set.copyOf(holidays);
    }

    /** Business seconds in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public long seconds(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long total = 0;
        LocalDate last = to.atZone(zone).toLocalDate();
        // a day's intervals may start on the previous local date's clock in odd zones; one day of slack is enough
        for (LocalDate date = from.atZone(zone).toLocalDate().minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            if (!days.contains(date.getDayOfWeek()) || holidays.contains(date)) {
                continue;
            }
            for (Interval interval : hours) {
                Instant opens = date.atTime(interval.opens()).atZone(zone).toInstant();
                Instant closes = interval.closes().equals(LocalTime.MIDNIGHT)
                        ? date.plusDays(1).atStartOfDay(zone).toInstant()
                        : date.atTime(interval.closes()).atZone(zone).toInstant();
                Instant start = opens.isAfter(from) ? opens : from;
                Instant end = closes.isBefore(to) ? closes : to;
                if (end.isAfter(start)) {
                    total += Duration.between(start, end).toSeconds();
                }
            }
        }
        return total;
    }
}
