package com.helpdesk.sla.api;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.platform.idempotency.IdempotencyKeys;
import com.helpdesk.platform.idempotency.StoredResponse;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.sla.service.PolicySimulation;
import com.helpdesk.sla.service.RuleBook;
import com.helpdesk.sla.service.SlaClocks;

import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/sla/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA policies")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role allowed here")
public class PolicyResource {

    private static final int REAPPLY_BATCH = 5_000;

    private final RuleBook rules;
    private final IdempotencyKeys idempotency;
    private final Caller caller;
    private final ObjectMapper json;
    private final PolicySimulation simulation;
    private final SlaClocks clocks;

    PolicyResource(RuleBook rules, IdempotencyKeys idempotency, Caller caller, ObjectMapper json,
            PolicySimulation simulation, SlaClocks clocks) {
        this.rules = rules;
        this.simulation = simulation;
        this.clocks = clocks;
        this.idempotency = idempotency;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Policies in force, each at its latest version; the built-in default first")
    public Uni<List<PolicyJson.View>> list() {
        return rules.policies().map(policies -> policies.stream().map(PolicyJson.View::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A policy at its latest version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PolicyJson.View.class)))
    @APIResponse(responseCode = "404", description = "No such policy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PolicyJson.View> get(@PathParam("id") UUID id) {
        return rules.policy(id).map(found -> PolicyJson.View.of(
                found.orElseThrow(() -> ProblemException.notFound("Policy " + id))));
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Every version of a policy, oldest first")
    @APIResponse(responseCode = "404", description = "No such policy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<PolicyJson.View>> versions(@PathParam("id") UUID id) {
        return rules.policyVersions(id).map(versions -> {
            if (versions.isEmpty()) {
                throw ProblemException.notFound("Policy " + id);
            }
            return versions.stream().map(PolicyJson.View::of).toList();
        });
    }

    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Create a policy (version 1); it applies to tickets created from now on")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = PolicyJson.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, no target, or an unknown calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(
            @Parameter(description = "Makes retries safe: the same key and body never create twice")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull PolicyJson.Request request) {
        requireTarget(request);
        UUID id = UUID.randomUUID();
        return idempotency.once(caller.id(), idempotencyKey, request,
                () -> rules.createPolicy(request.toDomain(id, 1), caller.id())
                        .map(created -> StoredResponse.created(URI.create("/api/v1/sla/policies/" + id),
                                body(PolicyJson.View.of(created)))))
                .map(StoredResponse::toResponse);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Revise a policy: stores the next version", description = "New tickets get the new version; open tickets keep the version they started with.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PolicyJson.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, no target, or an unknown calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such policy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The built-in default cannot be changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PolicyJson.View> revise(@PathParam("id") UUID id, @Valid @NotNull PolicyJson.Request request) {
        requireTarget(request);
        return rules.revisePolicy(id, version -> request.toDomain(id, version), caller.id()).map(PolicyJson.View::of);
    }

    @POST
    @Path("{id}/simulate")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "What-if: how the tickets following this policy fare under a draft",
            description = "Judges each target of the open clocks following any version of the policy (and of those closed since closedSince) under its current allowance and under the draft's, from the business time it has used so far, counted on the clock's own calendar. Nothing is changed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PolicySimulation.Result.class)))
    @APIResponse(responseCode = "400", description = "Invalid draft or closedSince",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such policy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PolicySimulation.Result> simulate(@PathParam("id") UUID id,
            @Parameter(description = "Also judge tickets closed since this ISO instant; default: open ones only")
            @QueryParam("closedSince") String closedSince,
            @Valid @NotNull PolicyJson.Request draft) {
        requireTarget(draft);
        Instant since;
        try {
            since = closedSince == null ? null : Instant.parse(closedSince);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-request", "closedSince must be an ISO instant");
        }
        return simulation.simulate(id, draft.toDomain(id, 0), since);
    }

    @POST
    @Path("{id}/reapply")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Move the open tickets following this policy onto the policies in force now",
            description = "Typically after a revision: open clocks otherwise keep the version they started with. Each re-targeted clock keeps the business time it used, records the step in its timeline and publishes SlaDeadlinesSet. At most 5,000 clocks per call; repeat while 'retargeted' is 5,000.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Reapplied.class)))
    @APIResponse(responseCode = "404", description = "No such policy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Reapplied> reapply(@PathParam("id") UUID id) {
        return rules.policy(id).chain(found -> {
            if (found.isEmpty()) {
                throw ProblemException.notFound("Policy " + id);
            }
            return clocks.reapply(id, REAPPLY_BATCH).map(Reapplied::new);
        });
    }

    @Schema(name = "Reapplied")
    public record Reapplied(@Schema(description = "Open clocks moved to another policy or version") int retargeted) {
    }

    private static void requireTarget(PolicyJson.Request request) {
        if (request.measuresNothing()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "no-target",
                    "A policy needs at least one of firstResponseMinutes, nextResponseMinutes, resolutionMinutes");
        }
    }

    private String body(Object response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
