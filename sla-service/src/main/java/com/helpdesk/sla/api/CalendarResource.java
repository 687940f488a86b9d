package com.helpdesk.sla.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.sla.service.RuleBook;

import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/sla/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA calendars")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role allowed here")
public class CalendarResource {

    private final RuleBook rules;
    private final Caller caller;

    CalendarResource(RuleBook rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Business calendars, built-in ones first, each at its latest version")
    public Uni<List<CalendarJson.View>> list() {
        return rules.calendars().map(calendars -> calendars.stream().map(CalendarJson.View::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A calendar at its latest version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CalendarJson.View.class)))
    @APIResponse(responseCode = "404", description = "No such calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CalendarJson.View> get(@PathParam("id") String id) {
        return rules.calendar(id).map(found -> CalendarJson.View.of(
                found.orElseThrow(() -> ProblemException.notFound("Calendar " + id))));
    }

    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Create a calendar (version 1)")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CalendarJson.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition: unknown zone, overlapping hours, …",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull CalendarJson.Request request) {
        if (request.id() == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-calendar", "id is required to create a calendar");
        }
        return rules.createCalendar(request.id(), version -> request.toDomain(request.id(), version), caller.id())
                .map(created -> Response.created(URI.create("/api/v1/sla/calendars/" + created.id()))
                        .entity(CalendarJson.View.of(created)).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Revise a calendar: stores the next version", description = "Clocks count with the latest version from their next transition on; their timelines keep the version each step used.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CalendarJson.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Built-in calendars cannot be changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CalendarJson.View> revise(@PathParam("id") String id, @Valid @NotNull CalendarJson.Request request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-calendar", "The body names another calendar");
        }
        return rules.reviseCalendar(id, version -> request.toDomain(id, version), caller.id()).map(CalendarJson.View::of);
    }
}
