package com.helpdesk.ticket.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final BusinessHours UTC_NINE_TO_SIX = new BusinessHours(ZoneId.of("UTC"), WEEKDAYS,
            List.of(BusinessHours.Interval.parse("09:00-18:00")), Set.of());
    private static final BusinessHours MOSCOW_WITH_LUNCH = new BusinessHours(ZoneId.of("Europe/Moscow"), WEEKDAYS,
            List.of(BusinessHours.Interval.parse("09:00-13:00"), BusinessHours.Interval.parse("14:00-18:00")),
            Set.of(LocalDate.parse("2026-03-09")));

    @Test
    void countsOnlyWorkingTimeInsideTheSpan() {
        // Thu 12:00 → Tue 10:00: Thu 6 h + Fri 9 h + Mon 9 h + Tue 1 h = 25 h
        assertThat(UTC_NINE_TO_SIX.seconds(at("2026-02-26T12:00:00Z"), at("2026-03-03T10:00:00Z"))).isEqualTo(25 * 3600);
        // evening to next morning: 17:00-18:00 + 09:00-09:30
        assertThat(UTC_NINE_TO_SIX.seconds(at("2026-03-02T17:00:00Z"), at("2026-03-03T09:30:00Z"))).isEqualTo(5400);
        // a weekend has none
        assertThat(UTC_NINE_TO_SIX.seconds(at("2026-03-07T00:00:00Z"), at("2026-03-09T00:00:00Z"))).isZero();
        // an empty or reversed span has none
        assertThat(UTC_NINE_TO_SIX.seconds(at("2026-03-02T10:00:00Z"), at("2026-03-02T10:00:00Z"))).isZero();
        assertThat(UTC_NINE_TO_SIX.seconds(at("2026-03-02T11:00:00Z"), at("2026-03-02T10:00:00Z"))).isZero();
    }

    @Test
    void lunchBreaksHolidaysAndTheZoneAreHonoured() {
        // Moscow is UTC+3: Fri 2026-03-06 08:00Z = 11:00 → Tue 03-10 07:00Z = 10:00. Friday 11-13 + 14-18 = 6 h,
        // Monday 03-09 is a holiday, Tuesday 09-10 = 1 h.
        assertThat(MOSCOW_WITH_LUNCH.seconds(at("2026-03-06T08:00:00Z"), at("2026-03-10T07:00:00Z"))).isEqualTo(7 * 3600);
        // over lunch nothing runs
        assertThat(MOSCOW_WITH_LUNCH.seconds(at("2026-03-05T10:00:00Z"), at("2026-03-05T11:00:00Z"))).isZero();
    }

    @Test
    void aDayAcrossTheSpringClockChangeIsAnHourShorter() {
        // Berlin, Sunday 2026-03-29: 02:00 CET jumps to 03:00 CEST; a 00:00-24:00 every-day calendar has 23 h that day
        BusinessHours allDay = new BusinessHours(ZoneId.of("Europe/Berlin"), EnumSet.allOf(DayOfWeek.class),
                List.of(BusinessHours.Interval.parse("00:00-24:00")), Set.of());
        assertThat(allDay.seconds(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z"))).isEqualTo(23 * 3600);
        // and 25 h on the autumn change, Sunday 2026-10-25
        assertThat(allDay.seconds(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z"))).isEqualTo(25 * 3600);
        // working hours keep their wall-clock times across it: Fri 27th 09-18 CET = 08-17Z, Mon 30th 09-18 CEST = 07-16Z
        BusinessHours berlin = new BusinessHours(ZoneId.of("Europe/Berlin"), WEEKDAYS,
                List.of(BusinessHours.Interval.parse("09:00-18:00")), Set.of());
        assertThat(berlin.seconds(at("2026-03-27T16:00:00Z"), at("2026-03-30T08:00:00Z"))).isEqualTo(2 * 3600);
    }

    @Test
    void intervalsMustBeReadable() {
        assertThatThrownBy(() -> BusinessHours.Interval.parse("18:00-09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessHours.Interval.parse("9 to 5")).isInstanceOf(RuntimeException.class);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
