package com.helpdesk.sla.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When the support desk works, and business-time arithmetic over it.
 *
 * <p>An instant is business time when its wall-clock time in {@link #zone()} falls in a working interval of
 * its local date. The intervals of a date come, in this order of precedence, from {@link #workingDays()}
 * (transferred working days and shortened days of a production calendar), then none if the date is a
 * {@link #holidays() holiday} or a {@link #yearlyHolidays() yearly holiday}, else from the
 * {@link #weekly() weekly} schedule. Daylight-saving changes are honoured instant by instant: a working
 * day of 00:00–24:00 lasts 23 hours on the night clocks go forward and 25 when they go back.
 *
 * @param id      stable identifier, e.g. {@code ru-moscow}
 * @param version grows by one with every change, so a clock can say which rules it counted with
 */
public record BusinessCalendar(
        String id,
        int version,
        String name,
        ZoneId zone,
        Map<DayOfWeek, List<WorkingHours>> weekly,
        Set<LocalDate> holidays,
        Set<MonthDay> yearlyHolidays,
        Map<LocalDate, List<WorkingHours>> workingDays) {

    /** Beyond this, a target cannot be reached and the definition must be wrong. */
    private static final int MAX_DAYS_SEARCHED = 366 * 20;

    public BusinessCalendar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        weekly = normalised(weekly == null ? Map.of() : weekly);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        yearlyHolidays = yearlyHolidays == null ? Set.of() : Set.copyOf(yearlyHolidays);
        workingDays = normalised(workingDays == null ? Map.of() : workingDays);
        if (weekly.values().stream().allMatch(List::isEmpty)) {
            // without a weekly working interval a deadline could lie beyond every holiday list: never
            throw new InvalidCalendar("a calendar needs working hours on at least one day of the week");
        }
    }

    /** The working intervals of a local date, sorted. */
    public List<WorkingHours> hoursOn(LocalDate date) {
        List<WorkingHours> transferred = workingDays.get(date);
        if (transferred != null) {
            return transferred;
        }
        if (holidays.contains(date) || yearlyHolidays.contains(MonthDay.from(date))) {
            return List.of();
        }
        return weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /** The instant at which {@code amount} of business time has passed since {@code start}; the earliest such. */
    public Instant add(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot add negative business time: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate date = start.atZone(zone).toLocalDate();
        for (int day = 0; day < MAX_DAYS_SEARCHED; day++, date = date.plusDays(1)) {
            for (Span span : spansOn(date)) {
                Instant from = later(span.from(), start);
                if (!from.isBefore(span.to())) {
                    continue;
                }
                Duration available = Duration.between(from, span.to());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new InvalidCalendar("calendar " + id + " has no business time within " + MAX_DAYS_SEARCHED + " days");
    }

    /** Business time in {@code [from, to)}; negative when {@code to} is before {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            for (Span span : spansOn(date)) {
                Instant start = later(span.from(), from);
                Instant end = span.to().isBefore(to) ? span.to() : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    public Instant addBusinessMinutes(Instant start, long minutes) {
        return add(start, Duration.ofMinutes(minutes));
    }

    /** Whole business minutes in {@code [from, to)}, truncated towards zero. */
    public long businessMinutesBetween(Instant from, Instant to) {
        return between(from, to).toMinutes();
    }

    /**
     * The business time of one local date as instant ranges. The date's instants run from its start of day
     * to the next one; within them each stretch of constant UTC offset maps wall-clock intervals to
     * instants, so skipped wall-clock times count nothing and repeated ones count twice.
     */
    private List<Span> spansOn(LocalDate date) {
        List<WorkingHours> hours = hoursOn(date);
        if (hours.isEmpty()) {
            return List.of();
        }
        ZoneRules rules = zone.getRules();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Span> spans = new ArrayList<>(hours.size() + 1);
        Instant segmentStart = date.atStartOfDay(zone).toInstant();
        while (segmentStart.isBefore(dayEnd)) {
            ZoneOffsetTransition transition = rules.nextTransition(segmentStart);
            Instant segmentEnd = transition == null || !transition.getInstant().isBefore(dayEnd)
                    ? dayEnd : transition.getInstant();
            long localMidnight = date.atStartOfDay().toEpochSecond(rules.getOffset(segmentStart));
            for (WorkingHours interval : hours) {
                Instant from = later(Instant.ofEpochSecond(localMidnight + interval.fromMinute() * 60L), segmentStart);
                Instant to = earlier(Instant.ofEpochSecond(localMidnight + interval.toMinute() * 60L), segmentEnd);
                if (from.isBefore(to)) {
                    spans.add(new Span(from, to));
                }
            }
            segmentStart = segmentEnd;
        }
        return spans;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static <K> Map<K, List<WorkingHours>> normalised(Map<K, List<WorkingHours>> days) {
        Map<K, List<WorkingHours>> sorted = new HashMap<>();
        days.forEach((day, hours) -> sorted.put(day, sortedWithoutOverlap(day, hours)));
        return Map.copyOf(sorted);
    }

    private static List<WorkingHours> sortedWithoutOverlap(Object day, List<WorkingHours> hours) {
        List<WorkingHours> sorted = hours.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).fromMinute() < sorted.get(i - 1).toMinute()) {
                throw new InvalidCalendar("working hours of " + day + " overlap: " + sorted.get(i - 1).from() + "-"
                        + sorted.get(i - 1).to() + " and " + sorted.get(i).from() + "-" + sorted.get(i).to());
            }
        }
        return sorted;
    }

    /** A stretch of business time, {@code [from, to)}. */
    private record Span(Instant from, Instant to) {
    }

    /** Used by a clock's timeline to say which rules it counted with. */
    public CalendarRef ref() {
        return new CalendarRef(id, version);
    }
}
