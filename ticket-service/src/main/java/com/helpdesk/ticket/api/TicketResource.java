package com.helpdesk.ticket.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.platform.idempotency.IdempotencyKeys;
import com.helpdesk.platform.idempotency.StoredResponse;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.security.Caller;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.ticket.domain.NewTicket;
import com.helpdesk.ticket.domain.Ticket;
import com.helpdesk.ticket.projection.TicketView;
import com.helpdesk.ticket.service.Tickets;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class TicketResource {

    private final Tickets tickets;
    private final IdempotencyKeys idempotency;
    private final Caller caller;
    private final ObjectMapper json;

    TicketResource(Tickets tickets, IdempotencyKeys idempotency, Caller caller, ObjectMapper json) {
        this.tickets = tickets;
        this.idempotency = idempotency;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed({ Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "File a ticket", description = "Retrying with the same Idempotency-Key and body returns the first ticket.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the ticket",
            content = @Content(schema = @Schema(implementation = TicketResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(
            @Parameter(description = "Makes retries safe: the same key and body never file twice")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewTicketRequest request) {
        NewTicket command = command(request);
        UUID id = UUID.randomUUID();
        return idempotency.once(caller.id(), idempotencyKey, request,
                () -> tickets.open(id, command, UUID.randomUUID())
                        .map(ticket -> StoredResponse.created(URI.create("/api/v1/tickets/" + id),
                                body(TicketResponse.of(id, ticket)))))
                .map(StoredResponse::toResponse);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "A ticket as it is now, from its events")
    @APIResponse(responseCode = "200", description = "The ticket; ETag is its version",
            content = @Content(schema = @Schema(implementation = TicketResponse.class)))
    @APIResponse(responseCode = "404", description = "No such ticket, or not yours to see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return tickets.current(id).map(ticket -> {
            if (!ticket.exists() || !visible(ticket)) {
                throw ProblemException.notFound("Ticket " + id);
            }
            return Response.ok(TicketResponse.of(id, ticket)).tag(Long.toString(ticket.version())).build();
        });
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Recent tickets the caller may see, newest first (from the read model, so a moment behind)")
    public Uni<List<TicketSummary>> list() {
        var query = caller.isStaff() ? TicketView.<TicketView>find("order by createdAt desc")
                : caller.isIntegration()
                        ? TicketView.<TicketView>find("filedBy = ?1 order by createdAt desc", caller.id())
                        : TicketView.<TicketView>find("requesterId = ?1 order by createdAt desc", caller.id());
        return query.page(0, 50).list().map(views -> views.stream().map(TicketSummary::of).toList());
    }

    /** Customers see what they asked; integrations what they filed; staff everything (teams come with routing). */
    private boolean visible(Ticket ticket) {
        if (caller.isStaff()) {
            return true;
        }
        String me = caller.id();
        return me.equals(ticket.filedBy()) || me.equals(ticket.requester().userId());
    }

    private NewTicket command(NewTicketRequest request) {
        boolean customer = !caller.isStaff() && !caller.isIntegration();
        Requester requester = customer
                ? new Requester(caller.id(), caller.email(), null, request.language())
                : Optional.ofNullable(request.requester())
                        .map(r -> new Requester(r.userId(), r.email(), r.name(), r.language()))
                        .orElseThrow(() -> new ProblemException(Response.Status.BAD_REQUEST, "invalid-request",
                                "requester is required when filing on someone's behalf"));
        Channel channel = request.channel() != null ? request.channel() : caller.isIntegration() ? Channel.API : Channel.WEB;
        return new NewTicket(requester, request.subject(), request.description(), channel, request.category(),
                request.priority() == null ? Priority.P3 : request.priority(),
                request.language() == null ? "en" : request.language(), request.tags(), request.customFields(),
                request.externalReference(), CustomerTier.STANDARD, caller.id());
    }

    private String body(Object response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
