package com.helpdesk.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.notification.domain.DeliveryStatus;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One notification to one recipient over one channel, rendered when it was created, with its delivery state. */
@Entity
public class Delivery extends PanacheEntityBase {

    /** Also the {@code notificationId} of its receipts. */
    @Id
    public UUID id;
    public UUID causeEventId;
    public UUID correlationId;
    public UUID ticketId;
    public long streamVersion;
    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;
    public String recipient;
    public String template;
    public String subject;
    public String textBody;
    public String htmlBody;
    public String messageId;
    public String inReplyTo;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    public Instant nextAttemptAt;
    public UUID claimToken;
    public Instant claimedUntil;
    public String lastError;
    /** The receiver's answer to the last attempt (HTTP status of a webhook), if it had one. */
    public Integer lastStatus;
    /** The delivery this one replays, if it is a replay. */
    public UUID replayOf;
    public Instant createdAt;
    public Instant finishedAt;
}
