package com.helpdesk.knowledge.api;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.knowledge.domain.CategoryNode;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.store.ArticleStore;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The category tree readers browse, with how many published articles each branch holds. */
@Uncancellable
@Path("/api/v1/kb/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class CategoryResource {

    private final ArticleStore store;
    private final Caller caller;

    CategoryResource(ArticleStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    @GET
    @WithSession
    @Operation(summary = "Categories as a tree with article counts", description = "Open to anyone; counts what the caller may read.")
    public Uni<List<CategoryNode>> tree(
            @QueryParam("locale") @DefaultValue("en") @Pattern(regexp = "ru|en", message = "must be ru or en") String locale) {
        return store.publishedPerCategory(Language.of(locale), !caller.isStaff()).map(CategoryNode::treeOf);
    }
}
