package com.helpdesk.notification.survey;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A satisfaction survey offered to a ticket's requester on resolution, and its answer. */
@Entity
public class Survey extends PanacheEntityBase {

    /** The TicketResolved event's id. */
    @Id
    public UUID id;
    public UUID ticketId;
    public UUID correlationId;
    public long streamVersion;
    public String ticketNumber;
    public String respondent;
    public String language;
    public Instant createdAt;
    public Instant answeredAt;
    public Integer score;
    public String comment;
}
