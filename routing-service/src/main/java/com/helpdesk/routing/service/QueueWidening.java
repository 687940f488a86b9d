package com.helpdesk.routing.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.helpdesk.events.Causation;
import com.helpdesk.routing.config.RoutingConfig;
import com.helpdesk.routing.store.Queues;
import com.helpdesk.routing.store.RoutedTicket;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Nothing else happens to a ticket nobody fits until capacity frees; this pass offers tickets that have
 * waited past a widening threshold to their wider candidate set, once per threshold (each ticket remembers
 * how far it was widened). One transaction per ticket, so instances running it at once simply take turns
 * on a ticket's row.
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
        return widenAsOf(Instant.now());
    }

    /** Offers the tickets due for a wider reach at {@code now} (up to the batch size) to their wider candidates. */
    public Uni<Void> widenAsOf(Instant now) {
        return Panache.withSession(() -> queues.dueForWidening(now.minus(config.widening().relatedSkillsAfter()),
                        now.minus(config.widening().generalistsAfter()), config.widening().batch()))
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(this::reconsider)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> reconsider(UUID ticketId) {
        return Panache.withTransaction(() -> RoutedTicket.<RoutedTicket>findById(ticketId, LockModeType.PESSIMISTIC_WRITE)
                .chain(ticket -> ticket == null ? Uni.createFrom().voidItem() : routing.reconsider(ticket, Causation.startedBy(Routing.ACTOR))));
    }
}
