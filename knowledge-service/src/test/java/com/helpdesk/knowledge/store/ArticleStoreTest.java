package com.helpdesk.knowledge.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.ArticleContent;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.Visibility;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Two editors saving the same version: the second one learns it lost, nothing is overwritten. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class ArticleStoreTest {

    private static final ArticleContent FAX = new ArticleContent("Fax setup", "Dial 9.", "it.telephony", List.of(),
            Visibility.PUBLIC, false, null);

    @Inject
    ArticleStore store;

    @Test
    void theSecondWriterOfAVersionIsTurnedAway() {
        Article draft = Article.draft(UUID.randomUUID(), UUID.randomUUID(), Language.EN, FAX, "ann", Instant.now());
        ReactiveDatabase.inTransaction(() -> store.insert(draft, null));
        var first = draft.publish("ann", Instant.now());
        var second = draft.archive("bob", Instant.now());
        ReactiveDatabase.inTransaction(() -> store.update(draft.apply(first), first));

        assertThatThrownBy(() -> ReactiveDatabase.inTransaction(() -> store.update(draft.apply(second), second)))
                .isInstanceOf(ConcurrentArticleChange.class);
    }

    @Test
    void aLanguageOfATranslationGroupIsTakenOnce() {
        UUID group = UUID.randomUUID();
        ReactiveDatabase.inTransaction(() -> store.insert(
                Article.draft(UUID.randomUUID(), group, Language.RU, FAX, "ann", Instant.now()), null));

        assertThatThrownBy(() -> ReactiveDatabase.inTransaction(() -> store.insert(
                Article.draft(UUID.randomUUID(), group, Language.RU, FAX, "bob", Instant.now()), null)))
                .isInstanceOf(ConcurrentArticleChange.class);
    }
}
