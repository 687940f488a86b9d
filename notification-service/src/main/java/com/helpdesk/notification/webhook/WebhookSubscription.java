package com.helpdesk.notification.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** Another system's standing request to be told of some events, at a URL, signed with its own secret. */
@Entity
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;
    public String url;
    public String secret;
    /** Comma-separated event types. */
    public String eventTypes;
    public String team;
    public String priority;
    public boolean enabled;
    public int consecutiveFailures;
    public String disabledReason;
    /** The caller that created it; integration clients see only their own subscriptions. */
    public String owner;
    public Instant createdAt;

    List<String> eventTypeList() {
        return Arrays.asList(eventTypes.split(","));
    }
}
