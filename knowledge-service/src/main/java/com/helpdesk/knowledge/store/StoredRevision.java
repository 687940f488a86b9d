package com.helpdesk.knowledge.store;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import com.helpdesk.knowledge.domain.ArticleContent;
import com.helpdesk.knowledge.domain.ArticleStatus;
import com.helpdesk.knowledge.domain.Revision;
import com.helpdesk.knowledge.domain.Visibility;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One version of an article (kb_article_revision), written once and never changed. */
@Entity
@Table(name = "kb_article_revision")
@IdClass(StoredRevision.Key.class)
public class StoredRevision extends PanacheEntityBase {

    @Id
    public UUID articleId;
    @Id
    public int version;
    public String title;
    public String body;
    public String category;
    public String[] tags;
    public String visibility;
    public String status;
    public boolean faq;
    public Integer faqOrder;
    public String editedBy;
    public Instant editedAt;
    public String[] changes;
    public String note;

    /** The composite primary key, as JPA wants it: a class with the id fields' names. */
    public static class Key implements Serializable {
        public UUID articleId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(articleId, key.articleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, version);
        }
    }

    static StoredRevision of(UUID articleId, Revision revision) {
        StoredRevision stored = new StoredRevision();
        stored.articleId = articleId;
        stored.version = revision.version();
        ArticleContent content = revision.content();
        stored.title = content.title();
        stored.body = content.body();
        stored.category = content.category();
        stored.tags = content.tags().toArray(String[]::new);
        stored.visibility = content.visibility().name();
        stored.faq = content.faq();
        stored.faqOrder = content.faqOrder();
        stored.status = revision.status().name();
        stored.editedBy = revision.editedBy();
        stored.editedAt = revision.editedAt();
        stored.changes = revision.changes().toArray(String[]::new);
        stored.note = revision.note();
        return stored;
    }

    Revision toRevision() {
        return new Revision(version,
                new ArticleContent(title, body, category, List.of(tags), Visibility.valueOf(visibility), faq, faqOrder),
                ArticleStatus.valueOf(status), editedBy, editedAt, List.of(changes), note);
    }
}
