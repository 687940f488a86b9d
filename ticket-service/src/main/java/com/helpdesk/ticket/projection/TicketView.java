package com.helpdesk.ticket.projection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One row per ticket for lists and search; derived from events, never written by commands. The SLA fields
 * come from sla-service's events and are kept apart (ticket_sla), since they may arrive first.
 */
@Entity
@Table(name = "ticket_view")
@SecondaryTable(name = "ticket_sla", pkJoinColumns = @PrimaryKeyJoinColumn(name = "ticket_id"))
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
    @Column(table = "ticket_sla")
    public Instant firstResponseDue;
    @Column(table = "ticket_sla")
    public Instant resolutionDue;
    @Column(table = "ticket_sla")
    public boolean slaWarning;
    @Column(table = "ticket_sla")
    public boolean slaBreached;
}
