package com.helpdesk.knowledge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.knowledge.insight.ArticleStats;
import com.helpdesk.knowledge.store.ArticleStore;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** "Was this helpful?" — open to every reader of the article, signed in or not. */
@Uncancellable
@Path("/api/v1/kb/feedback")
@Tag(name = "Feedback")
public class FeedbackResource {

    private final ArticleStore store;
    private final ArticleStats stats;
    private final Caller caller;
    private final SecurityIdentity identity;

    FeedbackResource(ArticleStore store, ArticleStats stats, Caller caller, SecurityIdentity identity) {
        this.store = store;
        this.stats = stats;
        this.caller = caller;
        this.identity = identity;
    }

    @POST
    @WithTransaction
    @Operation(summary = "Say whether an article helped, with an optional comment")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> answer(@Valid @NotNull FeedbackRequest request) {
        return store.find(request.articleId())
                .chain(article -> {
                    if (article == null || !(caller.isStaff() || article.readableByEveryone())) {
                        throw ProblemException.notFound("Article " + request.articleId());
                    }
                    String reader = identity.isAnonymous() ? null : caller.id();
                    return stats.answered(article.id(), request.helpful(), request.comment(), reader);
                })
                .replaceWith(Response.noContent().build());
    }
}
