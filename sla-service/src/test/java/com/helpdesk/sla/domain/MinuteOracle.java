package com.helpdesk.sla.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The obviously right, slow answer: walks the timeline one minute at a time and asks of each minute whether its
 * wall-clock time, in the calendar's zone, lies in a working interval of its local date.
 */
final class MinuteOracle {

    private final BusinessCalendar calendar;
    private final Map<LocalDate, List<WorkingHours>> hours = new HashMap<>();

    MinuteOracle(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    boolean isWorking(Instant minute) {
        LocalDateTime local = LocalDateTime.ofInstant(minute, calendar.zone());
        int minuteOfDay = local.getHour() * 60 + local.getMinute();
        return hours.computeIfAbsent(local.toLocalDate(), calendar::hoursOn).stream()
                .anyMatch(interval -> interval.contains(minuteOfDay));
    }

    Instant addBusinessMinutes(Instant start, long minutes) {
        return addCounting(start, minutes, this::isWorking);
    }

    /** Like {@link #addBusinessMinutes} but a minute counts only if {@code counts} says so too (e.g. not paused). */
    Instant addCounting(Instant start, long minutes, Predicate<Instant> counts) {
        Instant t = start;
        for (long left = minutes; left > 0; t = t.plus(1, ChronoUnit.MINUTES)) {
            if (isWorking(t) && counts.test(t)) {
                left--;
            }
        }
        return t;
    }

    long businessMinutesBetween(Instant from, Instant to) {
        long count = 0;
        for (Instant t = from; t.isBefore(to); t = t.plus(1, ChronoUnit.MINUTES)) {
            if (isWorking(t)) {
                count++;
            }
        }
        return count;
    }
}
