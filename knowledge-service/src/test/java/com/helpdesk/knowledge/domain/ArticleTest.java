package com.helpdesk.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.knowledge.ArticleArchived;
import com.helpdesk.events.knowledge.ArticlePublished;

/** Given an article, when an editor acts, expect the next version (or a refusal) — no infrastructure. */
class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ArticleContent PIN = new ArticleContent("Voicemail PIN", "Dial *99.", "it.telephony",
            List.of("pin"), Visibility.PUBLIC, true, 1);
    private static final Article DRAFT = Article.draft(UUID.randomUUID(), UUID.randomUUID(), Language.EN, PIN, "ann", NOW);

    @Test
    void aNewArticleIsADraftAtVersionOne() {
        assertThat(DRAFT.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(DRAFT.firstRevision().changes()).containsExactly("created");
        assertThat(DRAFT.newsSince(DRAFT)).isEmpty();
    }

    @Test
    void publishingAnnouncesTheVersionThatWentLive() {
        Article published = DRAFT.apply(DRAFT.publish("bob", NOW));

        assertThat(published.version()).isEqualTo(2);
        assertThat(published.updatedBy()).isEqualTo("bob");
        assertThat(published.newsSince(DRAFT)).contains(new ArticlePublished(DRAFT.id(), 2, "en", "Voicemail PIN"));
        assertThatThrownBy(() -> published.publish("bob", NOW)).isInstanceOfSatisfying(ArticleRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo("already-published"));
    }

    @Test
    void anEditRecordsWhatChangedAndAPublishedEditGoesLive() {
        Article published = DRAFT.apply(DRAFT.publish("bob", NOW));
        ArticleContent edited = new ArticleContent("Voicemail PIN", "Dial *99, then 3.", "it.telephony",
                List.of("pin", "voicemail"), Visibility.PUBLIC, true, 1);

        Revision revision = published.edit(edited, "cid", NOW, "new menu").orElseThrow();
        Article after = published.apply(revision);

        assertThat(revision.changes()).containsExactly("body", "tags");
        assertThat(revision.note()).isEqualTo("new menu");
        assertThat(after.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(after.newsSince(published)).containsInstanceOf(ArticlePublished.class);
        assertThat(after.edit(edited, "cid", NOW, null)).as("saving the same content again").isEmpty();
    }

    @Test
    void archivingWithdrawsAndFreezesTheArticle() {
        Article archived = DRAFT.apply(DRAFT.archive("ann", NOW));

        assertThat(archived.newsSince(DRAFT)).contains(new ArticleArchived(DRAFT.id()));
        assertThatThrownBy(() -> archived.edit(PIN, "ann", NOW, null)).isInstanceOfSatisfying(ArticleRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo("article-archived"));
        assertThat(archived.apply(archived.publish("ann", NOW)).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void restoringMakesAnEarlierContentTheNextVersion() {
        ArticleContent changed = new ArticleContent("Voicemail PIN code", "Dial *98.", "it.telephony", List.of("pin"),
                Visibility.INTERNAL, true, 1);
        Article edited = DRAFT.apply(DRAFT.edit(changed, "ann", NOW, null).orElseThrow());

        Revision restore = edited.restore(DRAFT.firstRevision(), "bob", NOW);

        assertThat(restore.version()).isEqualTo(3);
        assertThat(restore.content()).isEqualTo(PIN);
        assertThat(restore.changes()).containsExactly("title", "body", "visibility");
        assertThat(restore.note()).isEqualTo("restored version 1");
        Article restored = edited.apply(restore);
        assertThatThrownBy(() -> restored.restore(restored.apply(restored.archive("bob", NOW)).firstRevision(), "bob", NOW))
                .isInstanceOf(ArticleRuleViolation.class);
    }

    @Test
    void versionsFollowOneAnother() {
        assertThatThrownBy(() -> DRAFT.apply(new Revision(5, PIN, ArticleStatus.DRAFT, "ann", NOW, List.of("title"), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLanguageOfATextIsJudgedByItsLetters() {
        assertThat(Language.guess("Не могу войти в VPN")).isEqualTo(Language.RU);
        assertThat(Language.guess("Cannot sign in to the VPN")).isEqualTo(Language.EN);
        assertThat(Language.find("RU")).contains(Language.RU);
        assertThat(Language.find("de")).isEmpty();
    }
}
