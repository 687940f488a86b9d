package com.helpdesk.routing.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The earliest open SLA deadline of a ticket, which orders its queue after priority. */
@Entity
@Table(name = "sla_deadline")
public class SlaDeadline extends PanacheEntityBase {

    @Id
    public UUID ticketId;
    public Instant dueAt;
}
