package com.helpdesk.routing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.events.routing.CandidateScore;
import com.helpdesk.events.routing.TicketQueued;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.routing.store.DecisionLog;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/routing/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing decisions")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only staff read decisions",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DecisionResource {

    /** One routing decision with its reasons: every candidate considered, their scores, and why it ended so. */
    public record Decision(UUID decisionId, UUID ticketId, Outcome outcome, String agentId, String team,
            SupportLine line, String reason, List<CandidateScore> candidates, Instant decidedAt) {

        static Decision of(DecisionLog.Entry entry) {
            if (entry.decision() instanceof AssignmentDecided assigned) {
                return new Decision(assigned.decisionId(), entry.ticketId(), Outcome.ASSIGNED, assigned.agentId(),
                        assigned.team(), assigned.line(), assigned.reason(), assigned.candidates(), entry.decidedAt());
            }
            TicketQueued queued = (TicketQueued) entry.decision();
            return new Decision(queued.decisionId(), entry.ticketId(), Outcome.QUEUED, null, queued.team(),
                    queued.line(), queued.reason(), queued.candidates(), entry.decidedAt());
        }
    }

    public enum Outcome {
        ASSIGNED, QUEUED
    }

    private final DecisionLog log;

    DecisionResource(DecisionLog log) {
        this.log = log;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A ticket's routing decisions, oldest first")
    @APIResponse(responseCode = "200", description = "The decisions; empty if routing has not decided on the ticket")
    @APIResponse(responseCode = "400", description = "ticketId missing or not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<Decision>> forTicket(@QueryParam("ticketId") @NotNull UUID ticketId) {
        return log.forTicket(ticketId).map(entries -> entries.stream().map(Decision::of).toList());
    }
}
