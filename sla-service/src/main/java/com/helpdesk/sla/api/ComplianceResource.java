package com.helpdesk.sla.api;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.sla.store.ComplianceReport;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/sla/reports/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA reports")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Reports are for supervisors and admins")
public class ComplianceResource {

    /** Bounds the work one request may ask of the database. */
    private static final Duration LONGEST_RANGE = Duration.ofDays(2 * 366);

    private final ComplianceReport report;

    ComplianceResource(ComplianceReport report) {
        this.report = report;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "SLA compliance: % of targets met in time, per target, group and period",
            description = "Each met-in-time or breached target is one outcome (every next-response episode counts); a target met late counts as breached. Periods are UTC.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplianceLine.class)))
    @APIResponse(responseCode = "400", description = "Unknown grouping or period, unreadable or reversed range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ComplianceLine>> compliance(
            @QueryParam("groupBy") @DefaultValue("team") @Pattern(regexp = "team|priority|category|none",
                    message = "must be team, priority, category or none") String groupBy,
            @QueryParam("period") @DefaultValue("month") @Pattern(regexp = "day|week|month",
                    message = "must be day, week or month") String period,
            @Parameter(description = "Start (inclusive), ISO instant; default 30 days ago") @QueryParam("from") String from,
            @Parameter(description = "End (exclusive), ISO instant; default now") @QueryParam("to") String to) {
        Instant end = instant("to", to, Instant.now());
        Instant start = instant("from", from, end.minus(Duration.ofDays(30)));
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(LONGEST_RANGE) > 0) {
            throw new ProblemException(Status.BAD_REQUEST, "invalid-range",
                    "from must be before to, and the range at most two years");
        }
        return report.compute(ComplianceReport.Grouping.valueOf(groupBy.toUpperCase(Locale.ROOT)),
                ComplianceReport.Period.valueOf(period.toUpperCase(Locale.ROOT)), start, end)
                .map(lines -> lines.stream().map(ComplianceLine::of).toList());
    }

    @Schema(name = "ComplianceLine")
    public record ComplianceLine(String target, String group, Instant period, long met, long breached,
            @Schema(description = "met / (met + breached) in percent") Double percentMet) {

        static ComplianceLine of(ComplianceReport.Line line) {
            long decided = line.met() + line.breached(); // every line has at least one outcome
            return new ComplianceLine(line.target(), line.group(), line.period(), line.met(), line.breached(),
                    Math.round(1000.0 * line.met() / decided) / 10.0);
        }
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Status.BAD_REQUEST, "invalid-range", name + " must be an ISO instant, e.g. 2026-01-01T00:00:00Z");
        }
    }
}
