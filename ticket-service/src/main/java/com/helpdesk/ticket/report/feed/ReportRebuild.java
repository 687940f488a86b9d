package com.helpdesk.ticket.report.feed;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.ticket.eventstore.TicketEventStore;
import com.helpdesk.ticket.report.store.ReportFacts;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Rewrites the ticket rows of report_event from the event store — the ticket topic's own source — the way
 * TicketViewRebuild rewrites ticket_view: one transaction per ticket, so the live feed goes on meanwhile.
 * SLA rows, which only sla-service's topic has, stay; replaying that topic is a new consumer group (README).
 */
@ApplicationScoped
public class ReportRebuild {

    private final TicketEventStore store;
    private final ReportFacts facts;

    ReportRebuild(TicketEventStore store, ReportFacts facts) {
        this.store = store;
        this.facts = facts;
    }

    /** Returns how many tickets were rewritten. */
    public Uni<Long> rebuild() {
        return Panache.withSession(store::streams)
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> Panache.withTransaction(() -> facts.forgetTicketRows(id)
                        .chain(() -> store.read(id))
                        .chain(history -> Multi.createFrom().iterable(history)
                                .onItem().transformToUniAndConcatenate(event -> facts.record(event))
                                .collect().last())))
                .collect().with(Collectors.counting());
    }
}
