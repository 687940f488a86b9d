package com.helpdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Worked examples a support lead can check by hand; the properties cover the rest. */
class BusinessCalendarTest {

    private static final BusinessCalendar MOSCOW = BuiltInCalendars.MOSCOW_2026;

    @Test
    void aMoscowWorkingDayHasEightHoursAroundLunch() {
        assertThat(MOSCOW.hoursOn(LocalDate.of(2026, 2, 2)))
                .containsExactly(WorkingHours.of("09:00", "13:00"), WorkingHours.of("14:00", "18:00"));
        // Monday 2 February 2026, 12:00 MSK + 2 business hours skips lunch: 15:00 MSK
        assertThat(MOSCOW.addBusinessMinutes(Instant.parse("2026-02-02T09:00:00Z"), 120))
                .isEqualTo(Instant.parse("2026-02-02T12:00:00Z"));
    }

    @Test
    void theNewYearHolidaysRunToTheNinthOfJanuary2026() {
        for (int day = 1; day <= 11; day++) {
            assertThat(MOSCOW.hoursOn(LocalDate.of(2026, 1, day))).as("January %d", day).isEmpty();
        }
        // filed on 31 December 2025 at 17:00 MSK: one business hour left that day, the next on 12 January
        assertThat(MOSCOW.addBusinessMinutes(Instant.parse("2025-12-31T14:00:00Z"), 120))
                .isEqualTo(Instant.parse("2026-01-12T07:00:00Z"));
    }

    @Test
    void holidaysFallingOnAWeekendMoveToMonday() {
        assertThat(MOSCOW.hoursOn(LocalDate.of(2026, 3, 9))).isEmpty();
        assertThat(MOSCOW.hoursOn(LocalDate.of(2026, 5, 11))).isEmpty();
        assertThat(MOSCOW.hoursOn(LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(MOSCOW.hoursOn(LocalDate.of(2026, 3, 10))).isNotEmpty();
    }

    @Test
    void theDayBeforeAHolidayIsAnHourShorter() {
        assertThat(MOSCOW.hoursOn(LocalDate.of(2026, 4, 30)).stream().mapToInt(WorkingHours::minutes).sum())
                .isEqualTo(7 * 60);
        // 30 April 16:30 MSK + 1 business hour: 30 min that day, then the May holidays, then Monday 4 May 09:30
        assertThat(MOSCOW.addBusinessMinutes(Instant.parse("2026-04-30T13:30:00Z"), 60))
                .isEqualTo(Instant.parse("2026-05-04T06:30:00Z"));
    }

    @Test
    void aTransferredWorkingDayWorksAndBeatsAHoliday() {
        LocalDate saturday = LocalDate.of(2026, 6, 13);
        BusinessCalendar calendar = new BusinessCalendar("office", 1, "office", ZoneId.of("Europe/Berlin"),
                Map.of(DayOfWeek.MONDAY, List.of(WorkingHours.of("09:00", "17:00"))), Set.of(saturday), Set.of(),
                Map.of(saturday, List.of(WorkingHours.of("10:00", "12:00"))));

        assertThat(calendar.hoursOn(saturday)).containsExactly(WorkingHours.of("10:00", "12:00"));
    }

    @Test
    void aDayRunningToMidnightLasts23HoursWhenClocksGoForward() {
        BusinessCalendar berlin = new BusinessCalendar("berlin", 1, "Berlin 24/7", ZoneId.of("Europe/Berlin"),
                Map.of(DayOfWeek.SUNDAY, List.of(WorkingHours.allDay())), Set.of(), Set.of(), Map.of());

        assertThat(berlin.between(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(berlin.between(Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T23:00:00Z")))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aTargetReachedAtTheEndOfTheDayIsDueThenNotNextMorning() {
        assertThat(MOSCOW.addBusinessMinutes(Instant.parse("2026-02-02T14:00:00Z"), 60))
                .isEqualTo(Instant.parse("2026-02-02T15:00:00Z"));
    }

    @Test
    void nonsenseIsRejected() {
        assertThatThrownBy(() -> WorkingHours.of("18:00", "09:00")).isInstanceOf(InvalidCalendar.class);
        assertThatThrownBy(() -> WorkingHours.of("9 o'clock", "10:00")).isInstanceOf(InvalidCalendar.class);
        assertThatThrownBy(() -> new BusinessCalendar("x", 1, "x", ZoneId.of("UTC"),
                Map.of(DayOfWeek.MONDAY, List.of(WorkingHours.of("09:00", "12:00"), WorkingHours.of("11:00", "13:00"))),
                Set.of(), Set.of(), Map.of())).isInstanceOf(InvalidCalendar.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new BusinessCalendar("x", 1, "x", ZoneId.of("UTC"), Map.of(), Set.of(), Set.of(),
                Map.of())).isInstanceOf(InvalidCalendar.class);
    }
}
