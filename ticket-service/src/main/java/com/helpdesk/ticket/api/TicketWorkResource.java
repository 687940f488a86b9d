package com.helpdesk.ticket.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.Visibility;
import com.helpdesk.events.Causation;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.ticket.domain.Rater;
import com.helpdesk.ticket.domain.TicketCommand;
import com.helpdesk.ticket.projection.SuggestedArticles;
import com.helpdesk.ticket.service.Tickets;

import io.smallrye.mutiny.Uni;

/**
 * Working a ticket: comments, status, assignment, escalation, transfer, merge and the customer's rating.
 * Every change answers the ticket with its new version as ETag, and takes If-Match to refuse (412) a
 * change made on a stale view; a change the ticket's state forbids is a 409 naming the rule.
 */
@Uncancellable
@Path("/api/v1/tickets/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ticket work")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
@APIResponse(responseCode = "200", description = "The ticket after the change; ETag is its version",
        content = @Content(schema = @Schema(implementation = TicketResponse.class)))
@APIResponse(responseCode = "404", description = "No such ticket, or not yours to see",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The ticket's state forbids it; type names the rule",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "If-Match is not the current version",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TicketWorkResource {

    private final Tickets tickets;
    private final TicketAccess access;
    private final SuggestedArticles suggestions;
    private final Caller caller;

    TicketWorkResource(Tickets tickets, TicketAccess access, SuggestedArticles suggestions, Caller caller) {
        this.tickets = tickets;
        this.access = access;
        this.suggestions = suggestions;
        this.caller = caller;
    }

    @GET
    @Path("comments")
    @RolesAllowed({ Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "The conversation; internal notes only for staff")
    public Uni<List<CommentResponse>> comments(@PathParam("id") UUID id) {
        return access.visible(id).chain(() -> tickets.history(id)).map(events -> events.stream()
                .filter(event -> event.data() instanceof TicketCommented)
                .filter(event -> caller.isStaff() || !TicketResource.isInternalNote(event.data()))
                .map(CommentResponse::of).toList());
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Knowledge articles suggested for this ticket, best first")
    public Uni<List<SuggestedArticles.Suggestion>> suggestions(@PathParam("id") UUID id) {
        return access.visible(id).chain(() -> suggestions.of(id));
    }

    @POST
    @Path("comments")
    @RolesAllowed({ Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Comment: staff publicly or internally; the requester (or a system for them) publicly")
    public Uni<Response> comment(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TicketRequests.NewComment request) {
        Visibility visibility = request.visibility() == null ? Visibility.PUBLIC : request.visibility();
        if (!caller.isStaff() && visibility == Visibility.INTERNAL) {
            throw new ProblemException(Response.Status.FORBIDDEN, "internal-notes-are-for-staff",
                    "Only agents write internal notes");
        }
        AuthorRole role = caller.isStaff() ? AuthorRole.AGENT : AuthorRole.REQUESTER;
        return run(id, ifMatch, new TicketCommand.Comment(caller.id(), role, visibility, request.body(),
                request.attachmentRefs() == null ? List.of() : request.attachmentRefs()));
    }

    @PATCH
    @Operation(summary = "Change priority, category or tags")
    public Uni<Response> change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TicketRequests.FieldChanges request) {
        // one command per field keeps each change its own event; they share a transaction and version check
        return tickets.handleAll(id, changes(request), TicketAccess.expectedVersion(ifMatch),
                Causation.startedBy(caller.id()), access::maySee).map(TicketAccess::ok);
    }

    @POST
    @Path("start")
    @Operation(summary = "The assignee starts working on it (IN_PROGRESS)")
    public Uni<Response> start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return run(id, ifMatch, new TicketCommand.Start(caller.id()));
    }

    @POST
    @Path("pend-customer")
    @Operation(summary = "Wait for the customer (PENDING_CUSTOMER): the SLA clock pauses")
    public Uni<Response> pendCustomer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid TicketRequests.Reason request) {
        return run(id, ifMatch, new TicketCommand.PendCustomer(reason(request)));
    }

    @POST
    @Path("resume")
    @Operation(summary = "Back to work (IN_PROGRESS) without waiting for the customer's reply")
    public Uni<Response> resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid TicketRequests.Reason request) {
        return run(id, ifMatch, new TicketCommand.Resume(reason(request)));
    }

    @POST
    @Path("resolve")
    @Operation(summary = "Resolve with a resolution code and, if one helped, the knowledge article")
    public Uni<Response> resolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TicketRequests.Resolution request) {
        return run(id, ifMatch, new TicketCommand.Resolve(request.resolutionCode(), request.summary(),
                request.knowledgeArticleId()));
    }

    @POST
    @Path("close")
    @Operation(summary = "Close a resolved ticket")
    public Uni<Response> close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid TicketRequests.Reason request) {
        return run(id, ifMatch, new TicketCommand.Close(reason(request)));
    }

    @POST
    @Path("reopen")
    @RolesAllowed({ Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Reopen a resolved or closed ticket (staff, or the requester of their own)")
    public Uni<Response> reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid TicketRequests.Reason request) {
        return run(id, ifMatch, new TicketCommand.Reopen(reason(request)));
    }

    @PUT
    @Path("assignee")
    @Operation(summary = "Assign by hand (it counts toward the agent's load in routing)")
    public Uni<Response> assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TicketRequests.Assignment request) {
        return run(id, ifMatch, new TicketCommand.Assign(request.agentId()));
    }

    @DELETE
    @Path("assignee")
    @Operation(summary = "Unassign: the ticket waits for routing again")
    public Uni<Response> unassign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return run(id, ifMatch, new TicketCommand.Unassign("unassigned by " + caller.id()));
    }

    @POST
    @Path("escalations")
    @Operation(summary = "Escalate to a higher support line, with the reason")
    public Uni<Response> escalate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TicketRequests.Escalation request) {
        return run(id, ifMatch, new TicketCommand.Escalate(request.to(), request.reason()));
    }

    @POST
    @Path("transfers")
    @Operation(summary = "Transfer to another team, with the reason")
    public Uni<Response> transfer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TicketRequests.Transfer request) {
        return run(id, ifMatch, new TicketCommand.Transfer(request.team(), request.reason()));
    }

    @POST
    @Path("merge")
    @Operation(summary = "Merge this duplicate into the ticket that carries on; this one closes")
    public Uni<Response> merge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TicketRequests.Merge request) {
        return access.visible(request.into()).chain(target -> {
            if (target.mergedInto() != null) {
                throw new ProblemException(Response.Status.CONFLICT, "target-merged",
                        "Ticket " + target.number() + " was itself merged into " + target.mergedInto());
            }
            return run(id, ifMatch, new TicketCommand.MergeInto(request.into(), target.number(), id));
        });
    }

    @POST
    @Path("rating")
    @RolesAllowed({ Roles.CUSTOMER })
    @Operation(summary = "The requester rates the resolution (CSAT 1–5), once")
    public Uni<Response> rate(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Rating request) {
        return run(id, null, new TicketCommand.Rate(new Rater.Account(caller.id()), request.score(), request.comment()));
    }

    /** A comment of the conversation. */
    public record CommentResponse(UUID commentId, String authorId, AuthorRole authorRole, Visibility visibility,
            String body, List<String> attachmentRefs, java.time.Instant time) {

        static CommentResponse of(com.helpdesk.events.EventEnvelope<com.helpdesk.events.ticket.TicketEvent> event) {
            TicketCommented comment = (TicketCommented) event.data();
            return new CommentResponse(comment.commentId(), comment.authorId(), comment.authorRole(),
                    comment.visibility(), comment.body(), comment.attachmentRefs(), event.time());
        }
    }

    private Uni<Response> run(UUID id, String ifMatch, TicketCommand command) {
        // the visibility check runs on the state the command is decided on: one read of the stream, not two
        return tickets.handleAll(id, List.of(command), TicketAccess.expectedVersion(ifMatch),
                Causation.startedBy(caller.id()), access::maySee).map(TicketAccess::ok);
    }

    private static List<TicketCommand> changes(TicketRequests.FieldChanges request) {
        List<TicketCommand> commands = new java.util.ArrayList<>();
        if (request.priority() != null) {
            commands.add(new TicketCommand.ChangePriority(request.priority(), request.reason()));
        }
        if (request.category() != null) {
            commands.add(new TicketCommand.ChangeCategory(request.category(), request.reason()));
        }
        if (request.addTags() != null || request.removeTags() != null) {
            commands.add(new TicketCommand.ChangeTags(orEmpty(request.addTags()), orEmpty(request.removeTags())));
        }
        return commands;
    }

    private static Set<String> orEmpty(Set<String> tags) {
        return tags == null ? Set.of() : tags;
    }

    private static String reason(TicketRequests.Reason request) {
        return request == null ? null : request.reason();
    }
}
