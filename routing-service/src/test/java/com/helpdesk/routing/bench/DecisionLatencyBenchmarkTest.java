package com.helpdesk.routing.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.routing.domain.Agent;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.domain.SkillReach;
import com.helpdesk.routing.domain.Router;
import com.helpdesk.routing.domain.Skill;
import com.helpdesk.routing.domain.TicketToRoute;
import com.helpdesk.events.Causation;
import com.helpdesk.platform.testing.BenchmarkReport;
import com.helpdesk.platform.testing.Latencies;
import com.helpdesk.routing.service.Routing;
import com.helpdesk.routing.store.RouteState;
import com.helpdesk.routing.store.RoutedTicket;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Decision latency (issue #4, item 7) with 2,000 agents and 100,000 waiting tickets: the pure ranking
 * as the pool grows, a whole decision (lock the pool, decide, store load, log and outbox) per pool size,
 * and a drain (capacity frees, the queue is searched) against 100,000 waiting tickets. Prints its
 * figures and writes target/bench/routing-decision.md. Not a timed test: run with -Pbench.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class DecisionLatencyBenchmarkTest {

    private static final int AGENTS = 2_000;
    private static final int TEAMS = 20;
    private static final int WAITING = 100_000;
    private static final String CATEGORY = "bench.orders";

    @Inject
    Routing routing;

    private final BenchmarkReport report = new BenchmarkReport("routing-decision", "Routing decision latency");

    @Test
    void decisionLatency() {
        report.line("PostgreSQL on localhost; " + Instant.now()).line("");
        pureRanking();
        seed();
        wholeDecisions();
        drains();
        report.write();
    }

    /** The domain decision alone: how it grows with the number of agents it weighs. */
    private void pureRanking() {
        report.line("## Router.decide, in memory");
        report.line("");
        report.line("| agents weighed | p50 µs | p99 µs |");
        report.line("|---|---|---|");
        Router router = new Router(10);
        TicketToRoute ticket = new TicketToRoute(UUID.randomUUID(), CATEGORY, "en", SupportLine.L1, null);
        for (int size : new int[] { 100, 500, 1_000, AGENTS }) {
            List<Agent> agents = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                agents.add(new Agent("agent-" + i, "Agent " + i, Set.of("en"), List.of(Skill.of("bench.*", 1 + i % 5)),
                        SupportLine.L1, Set.of("bench-t" + i % TEAMS), 20, i % 7 == 0 ? Presence.AWAY : Presence.ONLINE, i % 20,
                        Instant.ofEpochSecond(i)));
            }
            long[] nanos = new long[3_000];
            for (int run = -1_000; run < nanos.length; run++) { // the first 1,000 warm the JIT up
                long start = System.nanoTime();
                router.decide(ticket, agents);
                if (run >= 0) {
                    nanos[run] = System.nanoTime() - start;
                }
            }
            report.line("| %d | %.1f | %.1f |".formatted(size, Latencies.ofNanos(nanos).percentile(50).toNanos() / 1e3, Latencies.ofNanos(nanos).percentile(99).toNanos() / 1e3));
        }
        report.line("");
    }

    /** 2,000 agents of line L1 in 20 teams of 100; 100,000 tickets waiting (a tenth of them for no team in particular). */
    private void seed() {
        long start = System.nanoTime();
        ReactiveDatabase.inTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into agent (id, display_name, languages, skills, line, teams, capacity, presence, open_tickets, idle_since)
                select 'bench-agent-' || i, 'Agent ' || i, array['en'], jsonb_build_object('bench.*', 1 + i % 5), 'L1',
                       array['bench-t' || (i % :teams)], 1000000, 'ONLINE', i % 20, now() - i * interval '1 second'
                from generate_series(0, :agents - 1) i""").setParameter("teams", TEAMS).setParameter("agents", AGENTS)
                .executeUpdate()
                // waiting tickets nobody can take (Japanese), so they stay in the queue the drains search
                .chain(() -> session.createNativeQuery("""
                        insert into routed_ticket (ticket_id, number, category, language, priority, queue_priority, line,
                                                   team, state, waiting_since, sla_due_at, ticket_version)
                        select gen_random_uuid(), 'HD-BENCH-' || i, :category, 'ja', 'P' || (1 + i % 4), 'P' || (1 + i % 4),
                               'L1', case when i % 10 = 0 then null else 'bench-t' || (i % :teams) end, 'WAITING',
                               now() - i * interval '1 second',
                               case when i % 2 = 0 then now() + (i % 480) * interval '1 minute' end, 1
                        from generate_series(1, :waiting) i""").setParameter("category", CATEGORY)
                        .setParameter("teams", TEAMS).setParameter("waiting", WAITING).executeUpdate())
                .chain(() -> session.createNativeQuery("analyze").executeUpdate())));
        report.line("Seeded %d agents and %d waiting tickets in %.1f s.".formatted(AGENTS, WAITING, (System.nanoTime() - start) / 1e9));
        report.line("");
    }

    /** A whole decision for a new ticket, in its own transaction, as the consumer makes it. */
    private void wholeDecisions() {
        report.line("## Whole decision: lock the pool, decide, store load, decision log and outbox (one transaction)");
        report.line("");
        report.line("| pool (agents of the ticket's team) | decisions | p50 ms | p99 ms |");
        report.line("|---|---|---|---|");
        // a ticket of no team may go to any agent of its line: the whole 2,000 are its pool
        for (Map.Entry<String, Integer> team : List.of(Map.entry("bench-t3", AGENTS / TEAMS), Map.entry("", AGENTS))) {
            int count = team.getValue() == AGENTS ? 200 : 500;
            long[] nanos = new long[count];
            for (int run = -100; run < count; run++) {
                RoutedTicket ticket = newTicket(team.getKey().isEmpty() ? null : team.getKey());
                long start = System.nanoTime();
                ReactiveDatabase.inTransaction(() -> ticket.persist().chain(() -> routing.route(ticket, Causation.startedBy("bench"))));
                if (run >= 0) {
                    nanos[run] = System.nanoTime() - start;
                }
            }
            report.line("| %d | %d | %.2f | %.2f |".formatted(team.getValue(), count, Latencies.ofNanos(nanos).percentile(50).toNanos() / 1e6,
                    Latencies.ofNanos(nanos).percentile(99).toNanos() / 1e6));
        }
        report.line("");
    }

    /**
     * A ticket resolves: its agent's load drops, the pool around them is locked and their queues (of 100,000
     * waiting tickets) are read in order for what they can take — here nothing: the waiting tickets need Japanese.
     */
    private void drains() {
        List<UUID> assigned = ReactiveDatabase.inSession(() -> RoutedTicket.<RoutedTicket>list(
                "state = ?1 and team = ?2", RouteState.ASSIGNED, "bench-t3"))
                .stream().map(ticket -> ticket.ticketId).limit(400).toList();
        long[] nanos = new long[assigned.size() - 100];
        for (int run = -100; run < nanos.length; run++) {
            UUID id = assigned.get(run + 100);
            long start = System.nanoTime();
            ReactiveDatabase.inTransaction(() -> RoutedTicket.<RoutedTicket>findById(id, LockModeType.PESSIMISTIC_WRITE)
                    .chain(ticket -> {
                        ticket.state = RouteState.DONE;
                        return routing.release(ticket, Causation.startedBy("bench"));
                    }));
            if (run >= 0) {
                nanos[run] = System.nanoTime() - start;
            }
        }
        report.line("## Capacity frees and the queue drains (%d waiting tickets)".formatted(WAITING));
        report.line("");
        report.line("| releases | p50 ms | p99 ms |");
        report.line("|---|---|---|");
        report.line("| %d | %.2f | %.2f |".formatted(nanos.length, Latencies.ofNanos(nanos).percentile(50).toNanos() / 1e6, Latencies.ofNanos(nanos).percentile(99).toNanos() / 1e6));
        report.line("");
    }

    private static RoutedTicket newTicket(String team) {
        RoutedTicket ticket = new RoutedTicket();
        ticket.ticketId = UUID.randomUUID();
        ticket.number = "HD-NEW-" + ticket.ticketId.toString().substring(0, 8);
        ticket.category = CATEGORY;
        ticket.language = "en";
        ticket.priority = Priority.P3;
        ticket.queuePriority = Priority.P3;
        ticket.line = SupportLine.L1;
        ticket.team = team;
        ticket.state = RouteState.WAITING;
        ticket.waitingSince = Instant.now();
        ticket.ticketVersion = 1;
        ticket.reach = SkillReach.EXACT;
        return ticket;
    }
}
