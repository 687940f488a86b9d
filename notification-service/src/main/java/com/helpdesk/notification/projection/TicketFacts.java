package com.helpdesk.notification.projection;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** What this service knows of a ticket's routing, as ticket events tell it; written by {@link TicketFactsProjection}. */
@Entity
public class TicketFacts extends PanacheEntityBase {

    @Id
    public UUID ticketId;
    public String team;
    public String priority;
    public String line;
    /** The assigned agent's user id (Keycloak {@code sub}), or null while nobody holds the ticket. */
    public String assignee;
}
