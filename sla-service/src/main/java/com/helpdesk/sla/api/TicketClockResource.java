package com.helpdesk.sla.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.sla.store.ClockStore;
import com.helpdesk.sla.store.RuleStore;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/sla/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA clocks")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only staff see SLA clocks")
public class TicketClockResource {

    private final ClockStore clocks;
    private final RuleStore rules;

    TicketClockResource(ClockStore clocks, RuleStore rules) {
        this.clocks = clocks;
        this.rules = rules;
    }

    @GET
    @Path("{ticketId}")
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A ticket's SLA clock", description = "Targets with due times and business time left now, the state, and the timeline: every transition with the event that caused it and the policy and calendar versions used.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketClockView.class)))
    @APIResponse(responseCode = "404", description = "No clock for this ticket (unknown, or its creation not seen yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TicketClockView> get(@PathParam("ticketId") UUID ticketId) {
        return clocks.read(ticketId).chain(stored -> {
            if (!stored.clock().exists()) {
                throw ProblemException.notFound("SLA clock of ticket " + ticketId);
            }
            return rules.current().chain(current -> clocks.timeline(ticketId).map(timeline -> TicketClockView.of(
                    stored, current.calendar(stored.clock().calendar().id()), Instant.now(), timeline)));
        });
    }
}
