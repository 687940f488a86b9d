package com.helpdesk.ticket.eventstore;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Hands out HD-&lt;year&gt;-&lt;6+ digits&gt; from a sequence, so filing tickets never waits on a lock. */
@ApplicationScoped
public class TicketNumbers {

    public Uni<String> next(int year) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select nextval('ticket_number_seq')", Long.class)
                .getSingleResult())
                .map(value -> "HD-%d-%06d".formatted(year, value));
    }
}
