package com.helpdesk.sla.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Calendars that exist in every installation; they cannot be edited, only complemented. */
public final class BuiltInCalendars {

    /** Every minute counts: the default policy's "within 24 hours" means 24 wall-clock hours. */
    public static final BusinessCalendar ALWAYS = new BusinessCalendar("24x7", 1, "Around the clock", ZoneOffset.UTC,
            week(EnumSet.allOf(DayOfWeek.class), List.of(WorkingHours.allDay())), Set.of(), Set.of(), Map.of());

    private static final List<WorkingHours> OFFICE = List.of(WorkingHours.of("09:00", "13:00"),
            WorkingHours.of("14:00", "18:00"));
    /** The working day before a public holiday is one hour shorter (Labour Code of the RF, art. 95). */
    private static final List<WorkingHours> PRE_HOLIDAY = List.of(WorkingHours.of("09:00", "13:00"),
            WorkingHours.of("14:00", "17:00"));

    /**
     * A Moscow office, 09:00–18:00 with lunch 13:00–14:00, Monday to Friday, on the 2026 production calendar:
     * the public holidays of art. 112 every year, the 2026 weekend transfers as fixed dates, and the shortened
     * pre-holiday days.
     */
    public static final BusinessCalendar MOSCOW_2026 = new BusinessCalendar("ru-moscow-2026", 1,
            "Moscow office, Russian production calendar 2026", ZoneId.of("Europe/Moscow"),
            week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), OFFICE),
            Set.of(LocalDate.of(2026, 1, 9), // Saturday 3 January moved to Friday 9 January
                    LocalDate.of(2026, 3, 9), // 8 March is a Sunday
                    LocalDate.of(2026, 5, 11), // 9 May is a Saturday
                    LocalDate.of(2026, 12, 31)), // Sunday 4 January moved to Thursday 31 December
            Set.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4), MonthDay.of(1, 5),
                    MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8), MonthDay.of(2, 23), MonthDay.of(3, 8),
                    MonthDay.of(5, 1), MonthDay.of(5, 9), MonthDay.of(6, 12), MonthDay.of(11, 4)),
            Map.of(LocalDate.of(2026, 4, 30), PRE_HOLIDAY, LocalDate.of(2026, 5, 8), PRE_HOLIDAY,
                    LocalDate.of(2026, 6, 11), PRE_HOLIDAY, LocalDate.of(2026, 11, 3), PRE_HOLIDAY));

    public static final List<BusinessCalendar> ALL = List.of(ALWAYS, MOSCOW_2026);

    private BuiltInCalendars() {
    }

    public static boolean isBuiltIn(String id) {
        return ALL.stream().anyMatch(calendar -> calendar.id().equals(id));
    }

    private static Map<DayOfWeek, List<WorkingHours>> week(Set<DayOfWeek> days, List<WorkingHours> hours) {
        return days.stream().collect(Collectors.toMap(Function.identity(), day -> hours));
    }
}
