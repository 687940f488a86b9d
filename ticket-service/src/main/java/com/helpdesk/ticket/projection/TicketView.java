package com.helpdesk.ticket.projection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One row per ticket for lists and search; derived from events, never written by commands. */
@Entity
@Table(name = "ticket_view")
public class TicketView extends PanacheEntityBase {

    @Id
    public UUID id;
    public String number;
    public String subject;
    public String description;
    public String status;
    public String priority;
    public String category;
    public String channel;
    public String language;
    /** Comma-separated, sorted; for display — filters do not use tags. */
    public String tags;
    public String requesterId;
    public String requesterEmail;
    public String filedBy;
    public String team;
    public String line;
    public String assigneeId;
    public UUID mergedInto;
    public boolean rated;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant firstResponseDue;
    public Instant resolutionDue;
    public boolean slaWarning;
    public boolean slaBreached;
}
