package com.helpdesk.knowledge.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.ArticleStatus;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.insight.ArticleStats;
import com.helpdesk.knowledge.service.Articles;
import com.helpdesk.knowledge.service.NewArticle;
import com.helpdesk.knowledge.store.ArticleListing;
import com.helpdesk.knowledge.store.ArticleStore;
import com.helpdesk.platform.idempotency.IdempotencyKeys;
import com.helpdesk.platform.idempotency.StoredResponse;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;
import com.helpdesk.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Knowledge-base articles. Staff write; published public articles are readable by anyone, without a
 * token; everything else looks, to a reader who may not see it, as if it did not exist.
 */
@Uncancellable
@Path("/api/v1/kb/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "Invalid fields or parameters",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArticleResource {

    private static final String ID = "id";

    private final Articles articles;
    private final ArticleStore store;
    private final IdempotencyKeys idempotency;
    private final Caller caller;
    private final ObjectMapper json;
    private final ArticleStats stats;

    ArticleResource(Articles articles, ArticleStore store, IdempotencyKeys idempotency, Caller caller, ObjectMapper json,
            ArticleStats stats) {
        this.articles = articles;
        this.stats = stats;
        this.store = store;
        this.idempotency = idempotency;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Write a new article (a draft)", description = "Retrying with the same Idempotency-Key and body returns the first article.")
    @APIResponse(responseCode = "201", description = "Created as a draft; Location names it",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = "translationOf names no article", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "That article already has a translation in this language", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull ArticleRequest request) {
        if (request.locale() == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-request", "locale is required for a new article");
        }
        NewArticle command = new NewArticle(Language.of(request.locale()), request.content(), request.translationOf());
        return idempotency.once(caller.id(), idempotencyKey, request,
                () -> articles.create(command, caller.id())
                        .chain(article -> response(article))
                        .map(body -> StoredResponse.created(URI.create("/api/v1/kb/articles/" + body.id()), text(body))))
                .map(StoredResponse::toResponse);
    }

    @GET
    @WithSession
    @Operation(summary = "Articles, most recently changed first",
            description = "Without a staff role only published public articles are listed, whatever the filters say.")
    public Uni<ArticlePage> list(
            @QueryParam("locale") @Pattern(regexp = "ru|en", message = "must be ru or en") String locale,
            @QueryParam("category") @Size(max = 100) @Pattern(regexp = ArticleRequest.CATEGORY, message = "must look like billing.invoice") String category,
            @QueryParam("status") ArticleStatus status,
            @QueryParam("faq") Boolean faq,
            @Parameter(description = "The 'next' cursor of the previous page") @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        boolean staff = caller.isStaff();
        var listing = new ArticleListing(locale == null ? null : Language.of(locale), category,
                staff ? status : ArticleStatus.PUBLISHED, faq, !staff, PageCursor.decode(after), limit);
        return store.list(listing).map(found -> new ArticlePage(found.stream().map(ArticleSummary::of).toList(),
                found.size() < limit ? null : PageCursor.encode(positionOf(found.get(found.size() - 1)))));
    }

    private static ArticleListing.Position positionOf(Article last) {
        return new ArticleListing.Position(last.updatedAt(), last.id());
    }

    @GET
    @Path("{id}")
    @WithSession
    @Operation(summary = "An article as it is now, its body as sanitised HTML")
    @APIResponse(responseCode = "200", description = "The article; ETag is its version",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such article, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam(ID) UUID id) {
        return store.find(id)
                .map(article -> {
                    if (article == null || !(caller.isStaff() || article.readableByEveryone())) {
                        throw ProblemException.notFound("Article " + id);
                    }
                    return article;
                })
                // views count readers, not editors at work
                .call(article -> caller.isStaff() ? Uni.createFrom().voidItem()
                        : Panache.withTransaction(() -> stats.viewed(article.id())))
                .chain(this::response)
                .map(body -> Response.ok(body).tag(Long.toString(body.version())).build());
    }

    @PUT
    @Path("{id}")
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Save new content as the next version", description = "Saving unchanged content makes no version.")
    @APIResponse(responseCode = "200", description = "The article as of the new version",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "409", description = "The article is archived", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> edit(@PathParam(ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ArticleRequest request) {
        return reply(articles.edit(id, expectedVersion(ifMatch), request.content(), request.note(), caller.id()));
    }

    @POST
    @Path("{id}/publish")
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Publish the current version", description = "Announced as helpdesk.knowledge.article-published.v1.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "409", description = "Already published", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> publish(@PathParam(ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return reply(articles.publish(id, expectedVersion(ifMatch), caller.id()));
    }

    @POST
    @Path("{id}/archive")
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Withdraw the article", description = "Announced as helpdesk.knowledge.article-archived.v1.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "409", description = "Already archived", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> archive(@PathParam(ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return reply(articles.archive(id, expectedVersion(ifMatch), caller.id()));
    }

    @GET
    @Path("{id}/versions")
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The version history, oldest first: who, when, what changed")
    @APIResponse(responseCode = "404", description = "No such article", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<List<VersionResponse>> versions(@PathParam(ID) UUID id) {
        return store.revisions(id).map(revisions -> {
            if (revisions.isEmpty()) {
                throw ProblemException.notFound("Article " + id);
            }
            return revisions.stream().map(VersionResponse::summary).toList();
        });
    }

    @GET
    @Path("{id}/versions/{version}")
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One version with its full content")
    @APIResponse(responseCode = "404", description = "No such article or version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<VersionResponse> version(@PathParam(ID) UUID id, @PathParam("version") int version) {
        return store.revision(id, version)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Version " + version + " of article " + id))
                .map(VersionResponse::full);
    }

    @POST
    @Path("{id}/versions/{version}/restore")
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Make an earlier version's content current again, as a new version")
    @APIResponse(responseCode = "200", description = "The article as of the new version",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such article or version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "That version is not an earlier one, or has the current content", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> restore(@PathParam(ID) UUID id, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return reply(articles.restore(id, version, expectedVersion(ifMatch), caller.id()));
    }

    private Uni<Response> reply(Uni<Article> changed) {
        return changed.chain(this::response).map(body -> Response.ok(body).tag(Long.toString(body.version())).build());
    }

    private Uni<ArticleResponse> response(Article article) {
        return store.translations(article.translationGroup())
                .map(translations -> ArticleResponse.of(article, caller.isStaff(), translations));
    }

    /** {@code If-Match} carries the version from the ETag, quoted or not; absent means "whatever is current". */
    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-if-match", "If-Match must carry an article version");
        }
    }

    private String text(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
