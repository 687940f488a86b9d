package com.helpdesk.sla.api;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.sla.domain.BusinessCalendar;
import com.helpdesk.sla.domain.BuiltInCalendars;
import com.helpdesk.sla.domain.WorkingHours;

/** A business calendar on the wire: the definition a supervisor writes, and what a reader gets back. */
public final class CalendarJson {

    private CalendarJson() {
    }

    @Schema(name = "CalendarRequest", description = "A new calendar, or the next version of one")
    public record Request(
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be lower-case letters, digits and dashes")
            @Schema(description = "Required when creating; the path names it when revising", example = "ru-spb-office")
            String id,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) @Schema(example = "Europe/Moscow") String zone,
            @NotNull @Size(min = 1, max = 7) @Schema(description = "Working intervals per day of the week")
            Map<@NotNull DayOfWeek, @NotNull @Size(max = 10) List<@Valid @NotNull HoursJson>> weekly,
            @Size(max = 1000) @Schema(description = "Non-working dates, e.g. 2026-03-09")
            List<@NotNull LocalDate> holidays,
            @Size(max = 100) @Schema(description = "Non-working every year, MM-dd", example = "[\"01-01\"]")
            List<@NotNull @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])", message = "must be MM-dd") String> yearlyHolidays,
            @Size(max = 1000) @Schema(description = "Dates with their own hours: transferred working days, shortened days")
            List<@Valid @NotNull WorkingDay> workingDays) {

        BusinessCalendar toDomain(String calendarId, int version) {
            ZoneId zoneId;
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new ProblemException(Status.BAD_REQUEST, "invalid-calendar", "Unknown time zone: " + zone);
            }
            return new BusinessCalendar(calendarId, version, name, zoneId,
                    weekly.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, day -> hours(day.getValue()))),
                    holidays == null ? null : Set.copyOf(holidays),
                    yearlyHolidays == null ? null : yearlyHolidays.stream().map(CalendarJson::monthDay).collect(Collectors.toSet()),
                    workingDays == null ? null : workingDays.stream().collect(Collectors.toMap(WorkingDay::date,
                            day -> hours(day.hours()), (first, second) -> {
                                throw new ProblemException(Status.BAD_REQUEST, "invalid-calendar",
                                        "a date is listed twice among workingDays");
                            })));
        }
    }

    @Schema(name = "WorkingDay")
    public record WorkingDay(@NotNull LocalDate date, @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull HoursJson> hours) {
    }

    @Schema(name = "Calendar")
    public record View(String id, int version, String name, String zone, boolean builtIn,
            Map<DayOfWeek, List<HoursJson>> weekly, List<LocalDate> holidays, List<String> yearlyHolidays,
            List<WorkingDay> workingDays) {

        static View of(BusinessCalendar calendar) {
            return new View(calendar.id(), calendar.version(), calendar.name(), calendar.zone().getId(),
                    BuiltInCalendars.isBuiltIn(calendar.id()),
                    new TreeMap<>(calendar.weekly().entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, day -> json(day.getValue())))),
                    calendar.holidays().stream().sorted().toList(),
                    calendar.yearlyHolidays().stream().sorted().map(day -> day.toString().substring(2)).toList(),
                    calendar.workingDays().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(day -> new WorkingDay(day.getKey(), json(day.getValue()))).toList());
        }
    }

    private static List<WorkingHours> hours(List<HoursJson> hours) {
        return hours.stream().map(HoursJson::toDomain).toList();
    }

    private static List<HoursJson> json(List<WorkingHours> hours) {
        return hours.stream().sorted(Comparator.naturalOrder()).map(HoursJson::of).toList();
    }

    private static MonthDay monthDay(String text) {
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException e) {
            throw new ProblemException(Status.BAD_REQUEST, "invalid-calendar", "No such day of the year: " + text);
        }
    }
}
