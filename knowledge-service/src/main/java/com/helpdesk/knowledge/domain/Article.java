package com.helpdesk.knowledge.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.helpdesk.events.knowledge.ArticleArchived;
import com.helpdesk.events.knowledge.ArticlePublished;
import com.helpdesk.events.knowledge.KnowledgeEvent;

/**
 * A knowledge-base article in one language. Every decision returns the {@link Revision} it makes — the
 * next version — and {@link #apply(Revision)} gives the article as of that version; nothing is overwritten.
 *
 * @param translationGroup shared by an article and its translations
 */
public record Article(UUID id, UUID translationGroup, Language language, ArticleContent content, ArticleStatus status,
        int version, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(translationGroup, "translationGroup");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
    }

    /** A new article starts as a draft at version 1. */
    public static Article draft(UUID id, UUID translationGroup, Language language, ArticleContent content,
            String author, Instant at) {
        return new Article(id, translationGroup, language, content, ArticleStatus.DRAFT, 1, author, at, author, at);
    }

    /** The first version of a new article, for its history. */
    public Revision firstRevision() {
        return new Revision(1, content, status, createdBy, createdAt, List.of("created"), null);
    }

    /** A new version with the given content; empty if it changes nothing, so a repeated edit is harmless. */
    public Optional<Revision> edit(ArticleContent edited, String editor, Instant at, String note) {
        if (status == ArticleStatus.ARCHIVED) {
            throw new ArticleRuleViolation("article-archived", "Article " + id + " is archived; publish it again to edit it");
        }
        List<String> changes = edited.changesFrom(content);
        return changes.isEmpty() ? Optional.empty()
                : Optional.of(new Revision(version + 1, edited, status, editor, at, changes, note));
    }

    public Revision publish(String editor, Instant at) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new ArticleRuleViolation("already-published", "Article " + id + " is already published");
        }
        return new Revision(version + 1, content, ArticleStatus.PUBLISHED, editor, at, List.of("status"), null);
    }

    public Revision archive(String editor, Instant at) {
        if (status == ArticleStatus.ARCHIVED) {
            throw new ArticleRuleViolation("already-archived", "Article " + id + " is already archived");
        }
        return new Revision(version + 1, content, ArticleStatus.ARCHIVED, editor, at, List.of("status"), null);
    }

    /** A new version whose content is that of an earlier one; the status stays as it is. */
    public Revision restore(Revision earlier, String editor, Instant at) {
        if (earlier.version() >= version) {
            throw new ArticleRuleViolation("not-an-earlier-version",
                    "Version " + earlier.version() + " is not older than the current version " + version);
        }
        List<String> changes = new ArrayList<>(earlier.content().changesFrom(content));
        if (changes.isEmpty()) {
            throw new ArticleRuleViolation("nothing-to-restore", "Version " + earlier.version() + " has the current content");
        }
        return new Revision(version + 1, earlier.content(), status, editor, at, changes,
                "restored version " + earlier.version());
    }

    /** The article as of {@code revision}, which must be its next version. */
    public Article apply(Revision revision) {
        if (revision.version() != version + 1) {
            throw new IllegalArgumentException("Version " + revision.version() + " does not follow " + version);
        }
        return new Article(id, translationGroup, language, revision.content(), revision.status(), revision.version(),
                createdBy, createdAt, revision.editedBy(), revision.editedAt());
    }

    /**
     * What the rest of the platform must hear about a change from {@code before} to this: a version that goes
     * live (published now, or a published article edited) or an article that is withdrawn.
     */
    public Optional<KnowledgeEvent> newsSince(Article before) {
        if (status == ArticleStatus.PUBLISHED) {
            return Optional.of(new ArticlePublished(id, version, language.code(), content.title()));
        }
        if (status == ArticleStatus.ARCHIVED && before.status != ArticleStatus.ARCHIVED) {
            return Optional.of(new ArticleArchived(id));
        }
        return Optional.empty();
    }

    public boolean readableByEveryone() {
        return status == ArticleStatus.PUBLISHED && content.visibility() == Visibility.PUBLIC;
    }
}
