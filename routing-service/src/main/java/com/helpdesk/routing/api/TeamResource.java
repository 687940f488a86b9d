package com.helpdesk.routing.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import com.helpdesk.platform.security.Roles;
import com.helpdesk.routing.store.StoredTeam;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TeamResource {

    @GET
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "All teams and the categories they cover")
    public Uni<List<TeamResponse>> list() {
        return StoredTeam.<StoredTeam>listAll(Sort.by("id")).map(teams -> teams.stream().map(TeamResponse::of).toList());
    }

    @GET
    @Path("{id}")
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One team")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "404", description = "No such team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TeamResponse> get(@PathParam("id") String id) {
        return StoredTeam.<StoredTeam>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Team " + id))
                .map(TeamResponse::of);
    }

    @PUT
    @Path("{id}")
    @WithTransaction
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Create or replace a team",
            description = "New tickets without a team go to the team covering their category most specifically.")
    @APIResponse(responseCode = "201", description = "Created; Location names the team",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> put(@PathParam("id") @Pattern(regexp = TeamRequest.ID, message = "must be a team id like billing") String id,
            @Valid @NotNull TeamRequest request) {
        return StoredTeam.<StoredTeam>findById(id).chain(found -> {
            StoredTeam team = found == null ? new StoredTeam() : found;
            team.id = id;
            team.name = request.name();
            team.categories = request.categories().toArray(String[]::new);
            Uni<StoredTeam> stored = found == null ? team.persistAndFlush() : Uni.createFrom().item(team);
            return stored.map(saved -> found == null
                    ? Response.created(URI.create("/api/v1/teams/" + id)).entity(TeamResponse.of(saved)).build()
                    : Response.ok(TeamResponse.of(saved)).build());
        });
    }
}
