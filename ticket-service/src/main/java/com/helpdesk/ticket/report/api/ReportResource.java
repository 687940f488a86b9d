package com.helpdesk.ticket.report.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.ticket.report.ReportConfig;
import com.helpdesk.ticket.report.model.BusinessHours;
import com.helpdesk.ticket.report.model.CsatReport;
import com.helpdesk.ticket.report.model.CsvRow;
import com.helpdesk.ticket.report.model.Dimension;
import com.helpdesk.ticket.report.model.HeatmapReport;
import com.helpdesk.ticket.report.model.ReportPeriod;
import com.helpdesk.ticket.report.model.ResolutionReport;
import com.helpdesk.ticket.report.model.ResponseTimeReport;
import com.helpdesk.ticket.report.model.SlaComplianceReport;
import com.helpdesk.ticket.report.model.TicketTimeline;
import com.helpdesk.ticket.report.model.VolumeReport;
import com.helpdesk.ticket.report.model.WorkloadReport;
import com.helpdesk.ticket.report.store.ReportTimelines;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Reports computed from the event history at request time (definitions in the README). JSON by default,
 * CSV with {@code Accept: text/csv}.
 */
@Path("/api/v1/reports")
@Produces({ MediaType.APPLICATION_JSON, CsvReports.TEXT_CSV })
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
@APIResponse(responseCode = "400", description = "Invalid from, to, zone, groupBy or asOf",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a supervisor or admin")
public class ReportResource {

    private interface Computation<R extends CsvRow> {
        List<R> compute(List<TicketTimeline> tickets, ReportPeriod period, Dimension dimension);
    }

    private final ReportTimelines timelines;
    private final BusinessHours businessHours;

    ReportResource(ReportTimelines timelines, ReportConfig config) {
        this.timelines = timelines;
        this.businessHours = config.businessHours().toBusinessHours();
    }

    @GET
    @Path("volume")
    @Operation(summary = "Created, resolved, closed, reopened and merged tickets; backlog at the end and its age")
    public Uni<Report<VolumeReport.Row>> volume(@BeanParam ReportParameters query) {
        return report("volume", query, VolumeReport.COLUMNS, VolumeReport::compute);
    }

    @GET
    @Path("response-times")
    @Operation(summary = "First-response and resolution time: mean, median, p90, wall-clock and business time")
    public Uni<Report<ResponseTimeReport.Row>> responseTimes(@BeanParam ReportParameters query) {
        return report("response-times", query, ResponseTimeReport.COLUMNS,
                (tickets, period, dimension) -> ResponseTimeReport.compute(tickets, period, dimension, businessHours));
    }

    @GET
    @Path("resolution")
    @Operation(summary = "Of the tickets created: % resolved, first-contact resolution, transfers and escalations per ticket")
    public Uni<Report<ResolutionReport.Row>> resolution(@BeanParam ReportParameters query) {
        return report("resolution", query, ResolutionReport.COLUMNS, ResolutionReport::compute);
    }

    @GET
    @Path("sla-compliance")
    @Operation(summary = "SLA targets met and breached, per target, from sla-service's verdicts")
    public Uni<Report<SlaComplianceReport.Row>> slaCompliance(@BeanParam ReportParameters query) {
        return report("sla-compliance", query, SlaComplianceReport.COLUMNS, SlaComplianceReport::compute);
    }

    @GET
    @Path("csat")
    @Operation(summary = "Satisfaction of the tickets resolved: response rate, mean score, distribution")
    public Uni<Report<CsatReport.Row>> csat(@BeanParam ReportParameters query) {
        return report("csat", query, CsatReport.COLUMNS, CsatReport::compute);
    }

    @GET
    @Path("heatmap")
    @Operation(summary = "Tickets created per day of week and hour of day in the zone, for staffing")
    public Uni<Report<HeatmapReport.Row>> heatmap(@BeanParam ReportParameters query) {
        return report("heatmap", query, HeatmapReport.COLUMNS, HeatmapReport::compute);
    }

    @GET
    @Path("workload")
    @Operation(summary = "Open assigned tickets at the end, tickets resolved, and handle time")
    public Uni<Report<WorkloadReport.Row>> workload(@BeanParam ReportParameters query) {
        return report("workload", query, WorkloadReport.COLUMNS, WorkloadReport::compute);
    }

    private <R extends CsvRow> Uni<Report<R>> report(String name, ReportParameters query, List<String> columns,
            Computation<R> computation) {
        ReportPeriod period = query.period();
        Dimension dimension = query.dimension();
        return timelines.of(period)
                .emitOn(Infrastructure.getDefaultWorkerPool()) // tens of ms of arithmetic: not on the event loop
                .map(tickets -> new Report<>(name, period.from(), period.to(), period.zone().getId(),
                        dimension == null ? null : dimension.parameter(), period.asOf(),
                        computation.compute(tickets, period, dimension), columns));
    }
}
