package com.helpdesk.sla.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One working interval of a day in local wall-clock time, {@code [from, to)}, as minutes of the day.
 * {@code to} may be 1440 ("24:00") so that a day can run to midnight.
 */
public record WorkingHours(int fromMinute, int toMinute) implements Comparable<WorkingHours> {

    static final int MINUTES_PER_DAY = 24 * 60;

    public WorkingHours {
        if (fromMinute < 0 || toMinute > MINUTES_PER_DAY || fromMinute >= toMinute) {
            throw new InvalidCalendar("working hours must satisfy 00:00 <= from < to <= 24:00, got "
                    + clock(fromMinute) + "-" + clock(toMinute));
        }
    }

    /** Parses {@code "09:00"} and {@code "18:00"}; {@code "24:00"} is accepted as the end of the day. */
    public static WorkingHours of(String from, String to) {
        return new WorkingHours(minuteOfDay(from), minuteOfDay(to));
    }

    public static WorkingHours allDay() {
        return new WorkingHours(0, MINUTES_PER_DAY);
    }

    public String from() {
        return clock(fromMinute);
    }

    public String to() {
        return clock(toMinute);
    }

    public int minutes() {
        return toMinute - fromMinute;
    }

    public boolean contains(int minuteOfDay) {
        return minuteOfDay >= fromMinute && minuteOfDay < toMinute;
    }

    @Override
    public int compareTo(WorkingHours other) {
        return Integer.compare(fromMinute, other.fromMinute);
    }

    private static int minuteOfDay(String text) {
        if ("24:00".equals(text)) {
            return MINUTES_PER_DAY;
        }
        try {
            LocalTime time = LocalTime.parse(text);
            if (time.getSecond() != 0 || time.getNano() != 0) {
                throw new InvalidCalendar("working hours are whole minutes, got " + text);
            }
            return time.getHour() * 60 + time.getMinute();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidCalendar("not a time of day (HH:mm): " + text);
        }
    }

    private static String clock(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }
}
