package com.helpdesk.ticket.projection;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.ticket.eventstore.TicketEventStore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Rewrites every ticket_view row from the event store, e.g. after a projection bug was fixed. Versions are
 * reset first so that every row is rewritten; the SLA facts (ticket_sla), which come from sla-service's topic, stay.
 * Each ticket is its own transaction, so the live projector can go on meanwhile.
 */
@ApplicationScoped
public class TicketViewRebuild {

    private final TicketEventStore store;
    private final TicketViews views;

    TicketViewRebuild(TicketEventStore store, TicketViews views) {
        this.store = store;
        this.views = views;
    }

    /** Returns how many tickets were rewritten. */
    public Uni<Long> rebuild() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("update ticket_view set version = 0").executeUpdate()))
                .chain(() -> Panache.withSession(store::streams))
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> Panache.withTransaction(
                        () -> store.read(id).chain(history -> views.write(id, history))))
                .collect().with(java.util.stream.Collectors.counting());
    }
}
