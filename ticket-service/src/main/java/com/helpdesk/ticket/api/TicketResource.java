package com.helpdesk.ticket.api;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.Visibility;
import com.helpdesk.platform.idempotency.IdempotencyKeys;
import com.helpdesk.platform.idempotency.StoredResponse;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.ticket.domain.NewTicket;
import com.helpdesk.ticket.domain.TicketStatus;
import com.helpdesk.ticket.projection.TicketChanges;
import com.helpdesk.ticket.projection.TicketFilter;
import com.helpdesk.ticket.projection.TicketSearch;
import com.helpdesk.ticket.projection.TicketSort;
import com.helpdesk.ticket.service.Tickets;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Filing, finding and reading tickets. Changes to a ticket are in {@link TicketWorkResource}. */
@Uncancellable
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION })
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "400", description = "Invalid request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TicketResource {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("HD-\\d{4}-\\d{6}");

    private final Tickets tickets;
    private final TicketSearch search;
    private final TicketChanges changes;
    private final TicketAccess access;
    private final IdempotencyKeys idempotency;
    private final Caller caller;
    private final ObjectMapper json;

    TicketResource(Tickets tickets, TicketSearch search, TicketChanges changes, TicketAccess access,
            IdempotencyKeys idempotency, Caller caller, ObjectMapper json) {
        this.tickets = tickets;
        this.search = search;
        this.changes = changes;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Operation(summary = "File a ticket", description = "Retrying with the same Idempotency-Key and body returns the first ticket.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the ticket",
            content = @Content(schema = @Schema(implementation = TicketResponse.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(
            @Parameter(description = "Makes retries safe: the same key and body never file twice")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewTicketRequest request) {
        NewTicket command = command(request);
        UUID id = UUID.randomUUID();
        return idempotency.once(caller.id(), idempotencyKey, request,
                () -> tickets.open(id, command)
                        .map(change -> StoredResponse.created(URI.create("/api/v1/tickets/" + id),
                                body(TicketResponse.of(id, change.ticket())))))
                .map(StoredResponse::toResponse);
    }

    @GET
    @Path("{ref}")
    @Operation(summary = "A ticket, by id or number, from its events; with asOf, as it was at that instant")
    @APIResponse(responseCode = "200", description = "The ticket; ETag is its version",
            content = @Content(schema = @Schema(implementation = TicketResponse.class)))
    @APIResponse(responseCode = "404", description = "No such ticket, or not yours to see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@Parameter(description = "UUID or number such as HD-2026-000123") @PathParam("ref") String ref,
            @Parameter(description = "ISO-8601 instant, e.g. 2026-11-23T10:15:30Z") @QueryParam("asOf") String asOf) {
        Optional<Instant> instant = Optional.ofNullable(asOf).map(TicketResource::instant);
        return idOf(ref).chain(id -> access.visible(id)
                .chain(now -> instant.isEmpty() ? Uni.createFrom().item(now) : tickets.asOf(id, instant.get()))
                .map(ticket -> {
                    if (!ticket.exists()) {
                        throw ProblemException.notFound("Ticket " + ref + " at " + asOf);
                    }
                    return TicketAccess.ok(id, ticket);
                }));
    }

    @GET
    @Operation(summary = "Tickets the caller may see, filtered, sorted and paged by cursor",
            description = "From the read model, so a moment behind the latest change.")
    public Uni<TicketList> list(
            @Parameter(description = "Any of NEW, OPEN, IN_PROGRESS, PENDING_CUSTOMER, RESOLVED, CLOSED, REOPENED")
            @QueryParam("status") Set<String> statuses,
            @Parameter(description = "Any of P1..P4") @QueryParam("priority") Set<String> priorities,
            @QueryParam("category") @Size(max = 100) String category,
            @QueryParam("team") @Size(max = 100) String team,
            @QueryParam("assignee") @Size(max = 100) String assignee,
            @QueryParam("requester") @Size(max = 100) String requester,
            @Parameter(description = "Words to find in number, subject and description") @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
            @QueryParam("updatedFrom") String updatedFrom, @QueryParam("updatedTo") String updatedTo,
            @Parameter(description = "-createdAt (default), createdAt, -updatedAt, updatedAt") @QueryParam("sort") @DefaultValue("-createdAt") String sort,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        TicketSort order = TicketSort.parse(sort).orElseThrow(() -> new ProblemException(Response.Status.BAD_REQUEST,
                "invalid-sort", "sort must be one of -createdAt, createdAt, -updatedAt, updatedAt"));
        var filter = new TicketFilter(names("status", statuses, TicketStatus.class),
                names("priority", priorities, Priority.class), category, team, assignee, requester, text, optionalInstant(createdFrom), optionalInstant(createdTo),
                optionalInstant(updatedFrom), optionalInstant(updatedTo));
        return search.find(filter, access.onlyOwnFor(), order, limit, cursor)
                .map(page -> new TicketList(page.tickets().stream().map(TicketSummary::of).toList(), page.nextCursor()));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every event of the ticket with its actor and time (internal notes only for staff)")
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return access.visible(id).chain(() -> tickets.history(id)).map(events -> events.stream()
                .filter(event -> caller.isStaff() || !isInternalNote(event.data()))
                .map(HistoryEntry::of).toList());
    }

    @GET
    @Path("stream")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live ticket changes for the agents' app (server-sent events), by team and/or assignee")
    public Multi<TicketSummary> stream(@QueryParam("team") String team, @QueryParam("assignee") String assignee) {
        return changes.stream()
                .filter(view -> team == null || team.equals(view.team))
                .filter(view -> assignee == null || assignee.equals(view.assigneeId))
                .map(TicketSummary::of);
    }

    /** A page of tickets; pass {@code nextCursor} as {@code cursor} for the next one (null on the last). */
    public record TicketList(List<TicketSummary> tickets, String nextCursor) {
    }

    static boolean isInternalNote(Object event) {
        return event instanceof TicketCommented comment && comment.visibility() == Visibility.INTERNAL;
    }

    private Uni<UUID> idOf(String ref) {
        if (NUMBER.matcher(ref).matches()) {
            return tickets.idOf(ref).map(id -> id.orElseThrow(() -> ProblemException.notFound("Ticket " + ref)));
        }
        try {
            return Uni.createFrom().item(UUID.fromString(ref));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.notFound("Ticket " + ref));
        }
    }

    private NewTicket command(NewTicketRequest request) {
        boolean customer = !caller.isStaff() && !caller.isIntegration();
        Requester requester = customer
                ? new Requester(caller.id(), caller.email(), null, request.language())
                : Optional.ofNullable(request.requester())
                        .map(r -> new Requester(r.userId(), r.email(), r.name(), r.language()))
                        .orElseThrow(() -> new ProblemException(Problem.invalid(
                                "requester is required when filing on someone's behalf",
                                List.of(new Problem.Violation("requester", "must not be null")))));
        Channel channel = request.channel() != null ? request.channel() : caller.isIntegration() ? Channel.API : Channel.WEB;
        return new NewTicket(requester, request.subject(), request.description(), channel, request.category(),
                request.priority() == null ? Priority.P3 : request.priority(),
                request.language() == null ? "en" : request.language(), request.tags(), request.customFields(),
                request.externalReference(), CustomerTier.STANDARD, caller.id());
    }

    /** Query parameters that fail to convert are a 404 in JAX-RS; a wrong filter value is the caller's 400. */
    private static <E extends Enum<E>> Set<String> names(String parameter, Set<String> values, Class<E> type) {
        if (values == null) {
            return Set.of();
        }
        for (String value : values) {
            try {
                Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.invalid("Unknown " + parameter + " " + value,
                        List.of(new Problem.Violation(parameter, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())))));
            }
        }
        return values;
    }

    private static Instant optionalInstant(String value) {
        return value == null ? null : instant(value);
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-instant",
                    "'" + value + "' is not an ISO-8601 instant such as 2026-11-23T10:15:30Z");
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
