package com.helpdesk.knowledge.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.knowledge.content.ArticleBody;
import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.store.ArticleStore;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The FAQ page: published FAQ articles of one language with their bodies, in the editors' order. */
@Uncancellable
@Path("/api/v1/kb/faq")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class FaqResource {

    private final ArticleStore store;
    private final Caller caller;

    FaqResource(ArticleStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    public record FaqEntry(UUID id, String category, Integer order, String title,
            @Schema(description = "Sanitised HTML") String html) {

        static FaqEntry of(Article article) {
            var content = article.content();
            return new FaqEntry(article.id(), content.category(), content.faqOrder(), content.title(),
                    ArticleBody.html(content.body()));
        }
    }

    @GET
    @WithSession
    @Operation(summary = "The FAQ, by category, in order", description = "Open to anyone; staff also see internal entries.")
    public Uni<List<FaqEntry>> faq(
            @QueryParam("locale") @DefaultValue("en") @Pattern(regexp = "ru|en", message = "must be ru or en") String locale) {
        return store.faq(Language.of(locale), !caller.isStaff())
                .map(articles -> articles.stream().map(FaqEntry::of).toList());
    }
}
