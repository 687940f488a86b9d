package com.helpdesk.routing.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.helpdesk.routing.config.RoutingConfig;
import com.helpdesk.routing.store.Queues;
import com.helpdesk.routing.store.RoutedTicket;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Nothing else happens to a ticket nobody fits until capacity frees; this pass offers tickets that have
 * waited past {@code helpdesk.routing.widening.related-skills-after} to their wider candidate set. One
 * transaction per ticket, so instances running it at once simply take turns on a ticket's row.
 */
@ApplicationScoped
public class QueueWidening {

    private final Queues queues;
    private final Routing routing;
    private final RoutingConfig config;

    QueueWidening(Queues queues, Routing routing, RoutingConfig config) {
        this.queues = queues;
        this.routing = routing;
        this.config = config;
    }

    @Scheduled(every = "${helpdesk.routing.widening.every}", delayed = "${helpdesk.routing.widening.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> widen() {
        return widenWaitingSince(Instant.now().minus(config.widening().relatedSkillsAfter()));
    }

    /** Offers every ticket waiting since before {@code before} (up to the batch size) to its wider candidates. */
    public Uni<Void> widenWaitingSince(Instant before) {
        return Panache.withSession(() -> queues.waitingSince(before, config.widening().batch()))
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(this::reconsider)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> reconsider(UUID ticketId) {
        return Panache.withTransaction(() -> RoutedTicket.<RoutedTicket>findById(ticketId, LockModeType.PESSIMISTIC_WRITE)
                .chain(ticket -> ticket == null ? Uni.createFrom().voidItem() : routing.reconsider(ticket, Cause.routine())));
    }
}
