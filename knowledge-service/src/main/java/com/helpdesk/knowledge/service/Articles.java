package com.helpdesk.knowledge.service;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.ArticleContent;
import com.helpdesk.knowledge.domain.ArticleRuleViolation;
import com.helpdesk.knowledge.domain.ArticleStatus;
import com.helpdesk.knowledge.domain.Revision;
import com.helpdesk.knowledge.search.Vocabulary;
import com.helpdesk.knowledge.store.ArticleStore;
import com.helpdesk.platform.outbox.Outbox;
import com.helpdesk.platform.outbox.OutboxConfig;
import com.helpdesk.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Runs editors' commands: load the article, let it decide the next version, store both and, in the same
 * transaction, tell the platform through the outbox when a version goes live or an article is withdrawn.
 */
@ApplicationScoped
public class Articles {

    private final ArticleStore store;
    private final Vocabulary vocabulary;
    private final Outbox outbox;
    private final URI source;

    Articles(ArticleStore store, Vocabulary vocabulary, Outbox outbox, OutboxConfig outboxConfig) {
        this.store = store;
        this.vocabulary = vocabulary;
        this.outbox = outbox;
        this.source = URI.create(outboxConfig.source());
    }

    /** A new draft; joins the caller's transaction if there is one (e.g. an idempotent request's). */
    public Uni<Article> create(NewArticle command, String author) {
        return Panache.withTransaction(() -> translationGroup(command)
                .chain(group -> {
                    Article article = Article.draft(UUID.randomUUID(), group, command.language(), command.content(),
                            author, Instant.now());
                    return store.insert(article, null).replaceWith(article);
                }));
    }

    /** A bundled FAQ article, published at once; the article as it is if it was loaded before. */
    public Uni<Article> seed(String seedKey, NewArticle command, String actor) {
        return Panache.withTransaction(() -> store.findSeeded(seedKey, command.language().code())
                .chain(existing -> existing != null ? Uni.createFrom().item(existing) : translationGroup(command)
                        .chain(group -> {
                            Article draft = Article.draft(UUID.randomUUID(), group, command.language(),
                                    command.content(), actor, Instant.now());
                            return store.insert(draft, seedKey)
                                    .chain(() -> record(draft, draft.publish(actor, Instant.now()), actor));
                        })));
    }

    public Uni<Article> edit(UUID id, Long expectedVersion, ArticleContent content, String note, String editor) {
        return change(id, expectedVersion, editor, article -> article.edit(content, editor, Instant.now(), note));
    }

    public Uni<Article> publish(UUID id, Long expectedVersion, String editor) {
        return change(id, expectedVersion, editor, article -> Optional.of(article.publish(editor, Instant.now())));
    }

    public Uni<Article> archive(UUID id, Long expectedVersion, String editor) {
        return change(id, expectedVersion, editor, article -> Optional.of(article.archive(editor, Instant.now())));
    }

    public Uni<Article> restore(UUID id, int version, Long expectedVersion, String editor) {
        return Panache.withTransaction(() -> store.revision(id, version)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Version " + version + " of article " + id))
                .chain(earlier -> change(id, expectedVersion, editor,
                        article -> Optional.of(article.restore(earlier, editor, Instant.now())))));
    }

    private Uni<Article> change(UUID id, Long expectedVersion, String actor,
            Function<Article, Optional<Revision>> decision) {
        return Panache.withTransaction(() -> store.find(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Article " + id))
                .chain(current -> {
                    if (expectedVersion != null && expectedVersion != current.version()) {
                        throw ProblemException.staleVersion(expectedVersion, current.version());
                    }
                    return decision.apply(current)
                            .map(revision -> record(current, revision, actor))
                            .orElseGet(() -> Uni.createFrom().item(current));
                }));
    }

    private Uni<Article> record(Article before, Revision revision, String actor) {
        Article after = before.apply(revision);
        Uni<Void> stored = store.update(after, revision);
        if (after.status() == ArticleStatus.PUBLISHED) {
            stored = stored.chain(() -> vocabulary.learn(after));
        }
        return stored.chain(() -> after.newsSince(before)
                .map(news -> outbox.enqueue(EventEnvelope.first(source, after.id().toString(), after.version(), actor,
                        UUID.randomUUID(), news)))
                .orElseGet(() -> Uni.createFrom().voidItem()))
                .replaceWith(after);
    }

    private Uni<UUID> translationGroup(NewArticle command) {
        if (command.translationOf() == null) {
            return Uni.createFrom().item(UUID.randomUUID());
        }
        return store.find(command.translationOf())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Article " + command.translationOf()))
                .chain(original -> store.translations(original.translationGroup()).map(translations -> {
                    if (translations.stream().anyMatch(t -> t.language() == command.language())) {
                        throw new ArticleRuleViolation("translation-exists", "Article " + original.id()
                                + " already has a translation in " + command.language().code());
                    }
                    return original.translationGroup();
                }));
    }
}
