package com.helpdesk.ticket.report.api;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.ticket.report.model.Dimension;
import com.helpdesk.ticket.report.model.ReportPeriod;

/** The query every report takes; {@link #period()} and {@link #dimension()} check it (400 with violations). */
public class ReportParameters {

    /** Reports walk every ticket of the period; a longer one is a batch job, not a request. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(367);

    @QueryParam("from")
    @Parameter(description = "Start, inclusive: a date (midnight in zone), a local date-time in zone, or an instant", required = true, example = "2026-03-02")
    String from;

    @QueryParam("to")
    @Parameter(description = "End, exclusive, in the same forms as from", required = true, example = "2026-03-16")
    String to;

    @QueryParam("zone")
    @DefaultValue("UTC")
    @Parameter(description = "IANA time zone for dates and the heatmap, e.g. Europe/Moscow")
    String zone;

    @QueryParam("groupBy")
    @Parameter(description = "One of category, channel, priority, team, agent, line; absent: one row for everything")
    String groupBy;

    @QueryParam("asOf")
    @Parameter(description = "ISO-8601 instant: the report as it would have been then (events up to it)")
    String asOf;

    ReportPeriod period() {
        List<Problem.Violation> violations = new ArrayList<>();
        ZoneId zoneId = zone(violations);
        Instant start = moment("from", from, zoneId, violations);
        Instant end = moment("to", to, zoneId, violations);
        Instant known = asOf == null ? null : instant(violations);
        if (start != null && end != null) {
            if (!start.isBefore(end)) {
                violations.add(new Problem.Violation("to", "must be after from"));
            } else if (Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
                violations.add(new Problem.Violation("to", "a report covers at most " + LONGEST_PERIOD.toDays() + " days"));
            }
        }
        dimension(violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.invalid("The report's parameters are invalid", violations));
        }
        return new ReportPeriod(start, end, zoneId, known);
    }

    /** Call after {@link #period()}, which has checked it. */
    Dimension dimension() {
        return dimension(new ArrayList<>());
    }

    private Dimension dimension(List<Problem.Violation> violations) {
        if (groupBy == null) {
            return null;
        }
        return Dimension.parse(groupBy).orElseGet(() -> {
            violations.add(new Problem.Violation("groupBy", "must be one of "
                    + Arrays.stream(Dimension.values()).map(Dimension::parameter).toList()));
            return null;
        });
    }

    private ZoneId zone(List<Problem.Violation> violations) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            violations.add(new Problem.Violation("zone", "must be an IANA time zone such as Europe/Moscow"));
            return java.time.ZoneOffset.UTC;
        }
    }

    private static Instant moment(String field, String value, ZoneId zone, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Problem.Violation(field, "is required"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException notAnInstant) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeException notADateTime) {
                try {
                    return LocalDate.parse(value).atStartOfDay(zone).toInstant();
                } catch (DateTimeException notADate) {
                    violations.add(new Problem.Violation(field, "must be a date (2026-03-02), a date-time or an instant"));
                    return null;
                }
            }
        }
    }

    private Instant instant(List<Problem.Violation> violations) {
        try {
            return OffsetDateTime.parse(asOf).toInstant();
        } catch (DateTimeException e) {
            violations.add(new Problem.Violation("asOf", "must be an ISO-8601 instant such as 2026-03-09T12:00:00Z"));
            return null;
        }
    }
}
