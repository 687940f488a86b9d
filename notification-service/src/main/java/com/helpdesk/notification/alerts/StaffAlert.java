package com.helpdesk.notification.alerts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.notification.delivery.NewDelivery;
import com.helpdesk.notification.projection.TicketFacts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A mail to staff about one event, waiting for the directory to name its recipients' addresses. */
@Entity
public class StaffAlert extends PanacheEntityBase {

    @Id
    public UUID causeEventId;
    public UUID correlationId;
    public UUID ticketId;
    public long streamVersion;
    @Enumerated(EnumType.STRING)
    public AlertKind kind;
    public String team;
    public String line;
    @Enumerated(EnumType.STRING)
    public SlaTarget slaTarget;
    public Instant dueAt;
    public Integer thresholdPercent;
    /** The assignee's user id, if the assignee is to be told. */
    public String assignee;
    /** Whether the supervisors of {@link #team} are to be told. */
    public boolean supervisors;
    /** Whether the ticket's team and assignee were known when the alert was recorded. */
    public boolean ticketKnown;
    public int attempts;
    public Instant nextAttemptAt;
    public UUID claimToken;
    public Instant claimedUntil;
    public String lastError;
    public Instant createdAt;
    public Instant preparedAt;
    public Instant failedAt;

    /** Takes team, line and assignee from what is now known of the ticket, if anything is. */
    void learn(TicketFacts facts) {
        if (facts != null) {
            team = facts.team;
            line = facts.line;
            assignee = facts.assignee;
            ticketKnown = true;
        }
    }

    NewDelivery.Cause cause() {
        return new NewDelivery.Cause(causeEventId, correlationId, ticketId, streamVersion);
    }

    /** Whom the alert is for, in words, for a receipt that has no address to name. */
    String intendedRecipients() {
        String supervised = supervisors ? "supervisors of " + (team == null ? "every team" : team) : null;
        if (assignee == null) {
            return supervised;
        }
        return supervised == null ? "user " + assignee : "user " + assignee + ", " + supervised;
    }
}
