package com.helpdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.helpdesk.events.sla.SlaTarget;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Business-minute arithmetic against {@link MinuteOracle} over random calendars: several intervals a day
 * (midnight-spanning ones included), fixed and yearly holidays, transferred working days, zones with
 * daylight saving (Berlin, New York, Lord Howe's half-hour shift) and odd offsets (Kathmandu), starts
 * clustered around the 2026 clock changes, and clocks paused across weekends and holidays.
 */
class BusinessCalendarPropertyTest {

    private static final List<ZoneId> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Europe/Moscow",
            "Australia/Lord_Howe", "Asia/Kathmandu").stream().map(ZoneId::of).toList();
    /** The tests' window: 2026, whose clock changes the starts cluster around. */
    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<Instant> CLOCK_CHANGES = List.of("2026-03-08T07:00:00Z", "2026-03-29T01:00:00Z",
            "2026-04-04T15:00:00Z", "2026-10-04T15:30:00Z", "2026-10-25T01:00:00Z", "2026-11-01T06:00:00Z")
            .stream().map(Instant::parse).toList();

    @Property(tries = 1000)
    void addingMatchesTheMinuteByMinuteOracle(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("starts") Instant start, @ForAll @IntRange(max = 2000) int minutes) {
        Instant due = calendar.addBusinessMinutes(start, minutes);

        assertThat(due).isEqualTo(new MinuteOracle(calendar).addBusinessMinutes(start, minutes));
    }

    @Property(tries = 1000)
    void countingMatchesTheMinuteByMinuteOracle(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("starts") Instant from, @ForAll @IntRange(max = 6 * 24 * 60) int wallMinutes) {
        Instant to = from.plus(wallMinutes, ChronoUnit.MINUTES);

        assertThat(calendar.businessMinutesBetween(from, to))
                .isEqualTo(new MinuteOracle(calendar).businessMinutesBetween(from, to))
                .isEqualTo(-calendar.businessMinutesBetween(to, from));
    }

    @Property(tries = 1000)
    void countingUndoesAdding(@ForAll("calendars") BusinessCalendar calendar, @ForAll("starts") Instant start,
            @ForAll @IntRange(max = 20_000) int minutes) {
        assertThat(calendar.businessMinutesBetween(start, calendar.addBusinessMinutes(start, minutes)))
                .isEqualTo(minutes);
    }

    /**
     * A target paused and resumed at random minutes (across nights, weekends, holidays) falls due when the
     * oracle, counting only working minutes outside the pauses, reaches the allowance.
     */
    @Property(tries = 500)
    void pausesPushTheDeadlineBackByTheBusinessTimeSpentPaused(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("starts") Instant start, @ForAll @IntRange(min = 1, max = 1500) int allowedMinutes,
            @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 4 * 24 * 60) Integer> stretches) {
        TargetClock clock = TargetClock.start(SlaTarget.RESOLUTION, Duration.ofMinutes(allowedMinutes), start,
                calendar, 80);
        List<Instant[]> pauses = new ArrayList<>();
        Instant at = start;
        for (int i = 0; i + 1 < stretches.size(); i += 2) {
            Instant pausedAt = at.plus(stretches.get(i), ChronoUnit.MINUTES);
            if (!pausedAt.isBefore(clock.dueAt())) {
                break; // met or breached before this pause: what follows is another story
            }
            Instant resumedAt = pausedAt.plus(stretches.get(i + 1), ChronoUnit.MINUTES);
            clock = clock.pause(pausedAt, calendar).runFrom(resumedAt, calendar, 80);
            pauses.add(new Instant[] { pausedAt, resumedAt });
            at = resumedAt;
        }

        Instant expected = new MinuteOracle(calendar).addCounting(start, allowedMinutes, minute -> pauses.stream()
                .noneMatch(pause -> !minute.isBefore(pause[0]) && minute.isBefore(pause[1])));
        assertThat(clock.dueAt()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Instant> starts() {
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(0, 365L * 24 * 60)
                .map(minute -> YEAR_START.plus(minute, ChronoUnit.MINUTES));
        Arbitrary<Instant> nearClockChange = Combinators.combine(Arbitraries.of(CLOCK_CHANGES),
                Arbitraries.longs().between(-3 * 24 * 60, 24 * 60))
                .as((change, minutes) -> change.plus(minutes, ChronoUnit.MINUTES));
        return Arbitraries.oneOf(anywhere, nearClockChange);
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<Map<DayOfWeek, List<WorkingHours>>> weekly = workingDay().list().ofSize(7).map(days -> {
            Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, days.get(day.ordinal()));
            }
            return week;
        }).filter(week -> week.values().stream().anyMatch(hours -> !hours.isEmpty()));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 380)
                .map(day -> LocalDate.of(2026, 1, 1).plusDays(day - 10));
        Arbitrary<Set<LocalDate>> holidays = dates.set().ofMaxSize(30);
        Arbitrary<Set<MonthDay>> yearly = dates.map(MonthDay::from).set().ofMaxSize(8);
        Arbitrary<Map<LocalDate, List<WorkingHours>>> transferred = Arbitraries.maps(dates, workingDay()).ofMaxSize(10);
        return Combinators.combine(Arbitraries.of(ZONES), weekly, holidays, yearly, transferred)
                .as((zone, week, fixed, everyYear, workingDays) -> new BusinessCalendar("random", 1, "random", zone,
                        week, fixed, everyYear, workingDays));
    }

    /**
     * 0–3 intervals a day, on boundaries that favour midnight, the DST hours 02:00–03:00 and whole hours, so
     * that intervals touch, start at 00:00, end at 24:00 and straddle skipped or repeated wall-clock time.
     */
    private Arbitrary<List<WorkingHours>> workingDay() {
        Arbitrary<Integer> boundary = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(0, 120, 150, 180, 1440)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 24).map(hour -> hour * 60)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 1440)));
        return boundary.set().ofMinSize(0).ofMaxSize(6).map(points -> {
            List<Integer> sorted = new ArrayList<>(new TreeSet<>(points));
            List<WorkingHours> hours = new ArrayList<>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                hours.add(new WorkingHours(sorted.get(i), sorted.get(i + 1)));
            }
            return hours;
        });
    }
}
