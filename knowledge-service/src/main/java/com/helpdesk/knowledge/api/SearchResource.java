package com.helpdesk.knowledge.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.SearchWords;
import com.helpdesk.knowledge.insight.Deflection;
import com.helpdesk.knowledge.insight.SearchGaps;
import com.helpdesk.knowledge.search.ArticleSearch;
import com.helpdesk.knowledge.search.SearchRequest;
import com.helpdesk.knowledge.service.Suggestions;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Finding articles: anyone finds published public ones; staff also internal ones. No token needed. */
@Uncancellable
@Path("/api/v1/kb")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@APIResponse(responseCode = "400", description = "Missing, too long or wordless query, or an invalid filter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SearchResource {

    /** More words than this are not a search query but pasted text; the suggestion endpoint takes those. */
    static final int MAX_QUERY_WORDS = 12;

    private final ArticleSearch search;
    private final Suggestions suggestions;
    private final Caller caller;
    private final SearchGaps gaps;
    private final Deflection deflection;
    private final SecurityIdentity identity;

    SearchResource(ArticleSearch search, Suggestions suggestions, Caller caller, SearchGaps gaps, Deflection deflection,
            SecurityIdentity identity) {
        this.search = search;
        this.suggestions = suggestions;
        this.caller = caller;
        this.gaps = gaps;
        this.deflection = deflection;
        this.identity = identity;
    }

    @GET
    @Path("search")
    @WithSession
    @Operation(summary = "Full-text search of published articles",
            description = "Stemmed per language (Russian, English), title weighted over body, misspelt words corrected; "
                    + "without a locale both languages are searched.")
    public Uni<SearchResponse> search(
            @QueryParam("q") @NotBlank @Size(min = 2, max = 200) String q,
            @QueryParam("locale") @Pattern(regexp = "ru|en", message = "must be ru or en") String locale,
            @QueryParam("category") @Size(max = 100) @Pattern(regexp = ArticleRequest.CATEGORY, message = "must look like billing.invoice") String category,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        List<String> words = SearchWords.of(q, MAX_QUERY_WORDS);
        if (words.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "query-without-words",
                    "q must contain a word of at least two letters or digits");
        }
        Set<Language> languages = locale == null ? EnumSet.allOf(Language.class) : EnumSet.of(Language.of(locale));
        return search.search(new SearchRequest(words, List.of(), languages, category, caller.isStaff(), limit))
                .call(hits -> hits.isEmpty()
                        ? Panache.withTransaction(() -> gaps.record(locale == null ? "any" : locale, words))
                        : Uni.createFrom().voidItem())
                .map(hits -> new SearchResponse(words, hits.stream().map(SearchResult::of).toList()));
    }

    @POST
    @Path("suggest")
    @WithSession
    @Operation(summary = "Articles that may answer a request the customer is typing (self-service deflection)")
    @APIResponse(responseCode = "200", description = "The best public articles, best first; empty if none matched")
    public Uni<List<SearchResult>> suggest(@Valid @NotNull SuggestRequest request) {
        Language language = Language.find(request.locale())
                .orElseGet(() -> Language.guess(request.subject() + ' ' + Objects.toString(request.description(), "")));
        return suggestions.forRequest(request.subject(), request.description(), language)
                // a signed-in customer can be followed to a ticket, or to none: the deflection report
                .call(hits -> hits.isEmpty() || identity.isAnonymous() || caller.isStaff() ? Uni.createFrom().voidItem()
                        : Panache.withTransaction(() -> deflection.shown(caller.id(), hits.size())))
                .map(hits -> hits.stream().map(SearchResult::of).toList());
    }
}
