package com.helpdesk.routing.api;

import java.net.URI;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
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
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.events.Causation;
import com.helpdesk.routing.service.Routing;
import com.helpdesk.routing.store.StoredAgent;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AgentResource {

    private final Routing routing;
    private final Caller caller;

    AgentResource(Routing routing, Caller caller) {
        this.routing = routing;
        this.caller = caller;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "All agents with their presence and load")
    public Uni<List<AgentResponse>> list() {
        return StoredAgent.<StoredAgent>listAll(Sort.by("id"))
                .map(agents -> agents.stream().map(AgentResponse::of).toList());
    }

    @GET
    @Path("{id}")
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One agent; an agent may read their own profile only")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such agent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AgentResponse> get(@PathParam("id") String id) {
        mayActOn(id);
        return existing(id).map(AgentResponse::of);
    }

    @PUT
    @Path("{id}")
    @WithTransaction
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Create or replace an agent's profile",
            description = "The id is the agent's Keycloak user id, so repeating the call is safe. A new agent starts "
                    + "offline with no load; replacing a profile keeps presence and load, and an online agent's "
                    + "queues drain at once if they can now take more.")
    @APIResponse(responseCode = "201", description = "Created; Location names the agent",
            content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a negative capacity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> put(@PathParam("id") @Size(max = 100) String id, @Valid @NotNull AgentRequest request) {
        // locked before it is read, so the load a concurrent decision just stored is the one kept
        return StoredAgent.<StoredAgent>findById(id, LockModeType.PESSIMISTIC_WRITE).chain(found -> {
            boolean created = found == null;
            StoredAgent agent = created ? fresh(id) : found;
            agent.displayName = request.displayName();
            agent.languages = request.languages().toArray(String[]::new);
            agent.skills = request.skills().stream().collect(Collectors.toMap(AgentRequest.SkillRequest::categories,
                    AgentRequest.SkillRequest::proficiency, Math::max, TreeMap::new));
            agent.line = request.line();
            agent.teams = request.teams().toArray(String[]::new);
            agent.capacity = request.capacity();
            agent.channelCapacity = StoredAgent.pairs(request.channelLimits());
            Uni<StoredAgent> stored = created ? agent.persistAndFlush() : routing.drainFor(agent, cause()).replaceWith(agent);
            return stored.map(saved -> created
                    ? Response.created(URI.create("/api/v1/agents/" + id)).entity(AgentResponse.of(saved)).build()
                    : Response.ok(AgentResponse.of(saved)).build());
        });
    }

    @PUT
    @Path("{id}/presence")
    @WithTransaction
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Set an agent's presence",
            description = "Agents set their own; supervisors anyone's. Coming online drains the agent's queues at once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such agent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AgentResponse> presence(@PathParam("id") String id, @Valid @NotNull PresenceRequest request) {
        mayActOn(id);
        return routing.setPresence(id, request.presence(), cause())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Agent " + id))
                .map(AgentResponse::of);
    }

    /** Agents act on their own profile; supervisors and admins on anyone's. */
    private void mayActOn(String id) {
        if (!caller.isSupervisor() && !caller.id().equals(id)) {
            throw RoutingProblems.notYours("Agent " + id);
        }
    }

    private Causation cause() {
        return Causation.startedBy(caller.id());
    }

    private static Uni<StoredAgent> existing(String id) {
        return StoredAgent.<StoredAgent>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Agent " + id));
    }

    private static StoredAgent fresh(String id) {
        StoredAgent agent = new StoredAgent();
        agent.id = id;
        agent.presence = Presence.OFFLINE;
        return agent;
    }
}
