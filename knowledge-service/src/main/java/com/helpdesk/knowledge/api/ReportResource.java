package com.helpdesk.knowledge.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.knowledge.insight.ArticleStats;
import com.helpdesk.knowledge.insight.ArticleUsage;
import com.helpdesk.knowledge.insight.Deflection;
import com.helpdesk.knowledge.insight.DeflectionReport;
import com.helpdesk.knowledge.insight.SearchGap;
import com.helpdesk.knowledge.insight.SearchGaps;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** What editors should write or fix next. */
@Uncancellable
@Path("/api/v1/kb/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
public class ReportResource {

    private final ArticleStats stats;
    private final SearchGaps gaps;
    private final Deflection deflection;

    ReportResource(ArticleStats stats, SearchGaps gaps, Deflection deflection) {
        this.stats = stats;
        this.gaps = gaps;
        this.deflection = deflection;
    }

    @GET
    @Path("most-viewed")
    @WithSession
    @Operation(summary = "Articles by views, with their feedback and the tickets they solved")
    public Uni<List<ArticleUsage>> mostViewed(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return stats.mostViewed(limit);
    }

    @GET
    @Path("least-helpful")
    @WithSession
    @Operation(summary = "Articles readers found least helpful first (smoothed share of \"no\")")
    public Uni<List<ArticleUsage>> leastHelpful(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return stats.leastHelpful(limit);
    }

    @GET
    @Path("deflection")
    @WithSession
    @Operation(summary = "Self-service deflection: suggestions shown to customers typing a request, and how often no ticket followed")
    public Uni<DeflectionReport> deflection() {
        return deflection.report();
    }

    @GET
    @Path("search-gaps")
    @WithSession
    @Operation(summary = "Searches that found nothing, most frequent first: the content the knowledge base lacks")
    public Uni<List<SearchGap>> searchGaps(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return gaps.mostSearched(limit);
    }
}
