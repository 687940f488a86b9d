package com.helpdesk.routing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.Causation;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.routing.Desk;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.store.RouteState;
import com.helpdesk.routing.store.RoutedTicket;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What makes scale-out safe: many decisions at once on one database — as two instances of one consumer
 * group make them — never put an agent over capacity and never assign a ticket twice. Each decision
 * runs in its own transaction on its own connection, exactly as a consumer's would.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class ConcurrentRoutingTest {

    private static final int TICKETS = 40;

    @Inject
    Routing routing;

    @Test
    void concurrentDecisionsNeverOverfillAnAgentNorAssignATicketTwice() throws Exception {
        Desk desk = new Desk("claims");
        List<String> agents = List.of("a", "b", "c").stream().map(name -> desk.agent(name, SupportLine.L1, 10,
                Presence.ONLINE, Set.of("en"), Map.of(desk.all("claims"), 3))).toList();
        List<UUID> tickets = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            tickets.add(desk.waitingTicket(desk.category("claims", "car"), Instant.now()));
        }
        // every ticket routed twice at once, as a redelivery racing the first delivery on another instance would
        List<UUID> work = new ArrayList<>(tickets);
        work.addAll(tickets);
        Collections.shuffle(work);

        ExecutorService instances = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> decisions = work.stream().<Future<?>>map(id -> instances.submit(() -> route(id))).toList();
            for (Future<?> decision : decisions) {
                decision.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdown();
        }

        assertThat(agents).extracting(Desk::load).containsExactly(10, 10, 10);
        List<RoutedTicket> routed = Desk.tickets(tickets);
        assertThat(routed).filteredOn(ticket -> ticket.state == RouteState.ASSIGNED).hasSize(30)
                .allSatisfy(ticket -> assertThat(agents).contains(ticket.agentId));
        assertThat(routed).filteredOn(ticket -> ticket.state == RouteState.WAITING).hasSize(TICKETS - 30);
        assertThat(assignmentsPublished(tickets)).isEqualTo(30);
    }

    @Test
    void concurrentReleasesDrainsAndDecisionsKeepEveryAgentsLoadEqualToTheTicketsTheyHold() throws Exception {
        Desk desk = new Desk("claims");
        List<String> agents = List.of("a", "b", "c").stream().map(name -> desk.agent(name, SupportLine.L1, 5,
                Presence.ONLINE, Set.of("en"), Map.of(desk.all("claims"), 3))).toList();
        List<UUID> first = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            first.add(desk.waitingTicket(desk.category("claims", "car"), Instant.now()));
            route(first.get(i));
        }
        List<UUID> second = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            second.add(desk.waitingTicket(desk.category("claims", "car"), Instant.now()));
        }
        // resolutions free capacity (and drain the queue) while new tickets are routed, all at once
        List<Runnable> work = new ArrayList<>();
        first.forEach(id -> work.add(() -> resolve(id)));
        second.forEach(id -> work.add(() -> route(id)));
        Collections.shuffle(work);

        ExecutorService instances = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = work.stream().<Future<?>>map(instances::submit).toList();
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdown();
        }

        List<RoutedTicket> held = Desk.tickets(second).stream().filter(ticket -> ticket.state == RouteState.ASSIGNED).toList();
        assertThat(held).hasSize(15);
        for (String agent : agents) {
            assertThat(Desk.load(agent)).isEqualTo(5)
                    .isEqualTo(held.stream().filter(ticket -> agent.equals(ticket.agentId)).count());
        }
        assertThat(assignmentsPublished(second)).isEqualTo(15);
    }

    private void resolve(UUID ticketId) {
        ReactiveDatabase.inTransaction(() -> RoutedTicket.<RoutedTicket>findById(ticketId, LockModeType.PESSIMISTIC_WRITE)
                .chain(ticket -> {
                    ticket.state = RouteState.DONE;
                    return routing.release(ticket, Causation.startedBy("load-test"));
                }));
    }

    private void route(UUID ticketId) {
        ReactiveDatabase.inTransaction(() -> RoutedTicket.<RoutedTicket>findById(ticketId, LockModeType.PESSIMISTIC_WRITE)
                .chain(ticket -> routing.route(ticket, Causation.startedBy("load-test"))));
    }

    /** Decisions are logged in the transaction that enqueues them on the outbox: one count for both. */
    private static long assignmentsPublished(List<UUID> tickets) {
        return ReactiveDatabase.inSession(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                select count(*) from routing_decision
                where event_type = 'helpdesk.routing.assignment-decided.v1' and ticket_id in (:ids)""", Long.class)
                .setParameter("ids", tickets)
                .getSingleResult()));
    }
}
