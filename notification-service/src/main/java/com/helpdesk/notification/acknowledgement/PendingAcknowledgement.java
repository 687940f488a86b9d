package com.helpdesk.notification.acknowledgement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** What is known so far for the acknowledgement of one ticket. Written by upserts, read when it is due. */
@Entity
@Table(name = "acknowledgement")
public class PendingAcknowledgement extends PanacheEntityBase {

    @jakarta.persistence.Id
    public UUID ticketId;
    /** The TicketCreated event: the acknowledgement's cause. */
    public UUID ticketEventId;
    public UUID correlationId;
    public Long streamVersion;
    public String ticketNumber;
    public String subject;
    public String summary;
    public String recipient;
    public String recipientName;
    public String language;
    public Instant sendBy;
    public boolean slaKnown;
    public Instant firstResponseDue;
    /** Suggested article links, a JSON array of {@link com.helpdesk.notification.domain.ArticleLink}. */
    public String articles;
    /** knowledge-service has answered (possibly with no articles). */
    public boolean articlesKnown;
    public Instant scheduledAt;
}
