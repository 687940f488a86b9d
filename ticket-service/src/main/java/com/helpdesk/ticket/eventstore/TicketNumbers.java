package com.helpdesk.ticket.eventstore;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Hands out HD-&lt;year&gt;-&lt;6 digits&gt;, gap-free per year as long as the opening transaction commits. */
@ApplicationScoped
public class TicketNumbers {

    private static final String NEXT = """
            insert into ticket_number (year, last_value) values (:year, 1)
            on conflict (year) do update set last_value = ticket_number.last_value + 1
            returning last_value""";

    public Uni<String> next(int year) {
        return Panache.getSession().chain(session -> session.createNativeQuery(NEXT, Integer.class)
                .setParameter("year", year)
                .getSingleResult())
                .map(value -> "HD-%d-%06d".formatted(year, value));
    }
}
