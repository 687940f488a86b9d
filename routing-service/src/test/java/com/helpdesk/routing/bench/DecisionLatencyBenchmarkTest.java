package com.helpdesk.routing.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.Causation;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.testing.BenchmarkReport;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.Latencies;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.routing.Desk;
import com.helpdesk.routing.domain.Agent;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.domain.Router;
import com.helpdesk.routing.domain.Skill;
import com.helpdesk.routing.domain.TicketToRoute;
import com.helpdesk.routing.service.Routing;
import com.helpdesk.routing.store.AgentPool;
import com.helpdesk.routing.store.Queues;
import com.helpdesk.routing.store.RouteState;
import com.helpdesk.routing.store.RoutedTicket;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Decision latency (issue #4, item 7) up to 2,000 agents and 100,000 waiting tickets: the pure ranking as
 * the pool grows; a whole decision (lock the pool, decide, store load, log and outbox) as the agents grow
 * (200 → 1,000 → 2,000, in teams of a twentieth each, and for a ticket of no team, whose pool is the whole
 * line); then, at 2,000 agents, decisions and drains as the queue grows (1,000 → 10,000 → 100,000 waiting).
 * Ends with the query plans (EXPLAIN ANALYZE) of the pool lock and the queue read. Prints its figures and
 * writes target/bench/routing-decision.md. Not a timed test: run with -Pbench.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class DecisionLatencyBenchmarkTest {

    private static final int[] AGENT_STEPS = { 200, 1_000, 2_000 };
    private static final int[] QUEUE_STEPS = { 1_000, 10_000, 100_000 };
    private static final int TEAMS = 20;
    private static final String TEAM = "bench-t3";
    private static final String CATEGORY = "bench.orders";

    @Inject
    Routing routing;

    private final BenchmarkReport report = new BenchmarkReport("routing-decision", "Routing decision latency");
    private int agents;
    private int waiting;

    @Test
    void decisionLatency() {
        report.line("PostgreSQL on localhost, 512 MiB heap; " + Instant.now()).line("");
        pureRanking();
        growingAgents();
        growingQueue();
        plans();
        report.write();
    }

    /** The domain decision alone: how it grows with the number of agents it weighs. */
    private void pureRanking() {
        report.line("## Router.decide, in memory").line("");
        report.row("agents weighed", "p50 µs", "p99 µs").row("---", "---", "---");
        Router router = new Router(10);
        TicketToRoute ticket = new TicketToRoute(UUID.randomUUID(), CATEGORY, "en", SupportLine.L1, null);
        for (int size : new int[] { 100, 500, 1_000, 2_000 }) {
            List<Agent> pool = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                pool.add(new Agent("agent-" + i, "Agent " + i, Set.of("en"), List.of(Skill.of("bench.*", 1 + i % 5)),
                        SupportLine.L1, Set.of("bench-t" + i % TEAMS), 20, i % 7 == 0 ? Presence.AWAY : Presence.ONLINE,
                        i % 20, Instant.ofEpochSecond(i)));
            }
            long[] nanos = new long[3_000];
            for (int run = -1_000; run < nanos.length; run++) { // the first 1,000 warm the JIT up
                long start = System.nanoTime();
                router.decide(ticket, pool);
                if (run >= 0) {
                    nanos[run] = System.nanoTime() - start;
                }
            }
            Latencies latencies = Latencies.ofNanos(nanos);
            report.row(size, "%.1f".formatted(latencies.percentile(50).toNanos() / 1e3),
                    "%.1f".formatted(latencies.percentile(99).toNanos() / 1e3));
        }
        report.line("");
    }

    /** Whole decisions while the line grows to 2,000 agents, with 1,000 tickets waiting. */
    private void growingAgents() {
        seedWaiting(QUEUE_STEPS[0]);
        report.line("## Whole decision as agents grow (%d waiting)".formatted(waiting)).line("");
        report.line("One transaction: lock the pool, decide, store the load, decision log and outbox.").line("");
        report.row("agents of line L1", "pool", "decisions", "p50 ms", "p99 ms").row("---", "---", "---", "---", "---");
        for (int step : AGENT_STEPS) {
            seedAgents(step);
            if (step == AGENT_STEPS[0]) {
                for (int run = 0; run < 1_000; run++) { // the JIT warms up on the whole path before anything is timed
                    UUID ticket = decide(run % 5 == 0 ? null : TEAM);
                    if (run % 2 == 0) {
                        release(ticket);
                    }
                }
            }
            measureDecisions(TEAM, agents / TEAMS, 300);
            measureDecisions(null, agents, 100);
        }
        report.line("");
    }

    /** At 2,000 agents: decisions and drains while the queue grows to 100,000 waiting tickets. */
    private void growingQueue() {
        report.line("## Decision and drain as the queue grows (%d agents)".formatted(agents)).line("");
        report.line("A drain: a ticket resolves, its agent's load drops, the pool around them is locked and their queues "
                + "are read in order for what they can take — here nothing, as the waiting tickets need Japanese.").line("");
        report.row("waiting tickets", "what", "runs", "p50 ms", "p99 ms").row("---", "---", "---", "---", "---");
        for (int step : QUEUE_STEPS) {
            seedWaiting(step);
            measure("%d | decision, pool %d".formatted(waiting, agents / TEAMS), 300, run -> decide(TEAM));
            List<UUID> assigned = assignedOf(TEAM, 330);
            measure("%d | drain".formatted(waiting), assigned.size() - 30, run -> release(assigned.get(run)));
        }
        report.line("");
    }

    /** Where the time goes in the database: the plans of the two reads every decision or drain makes. */
    private void plans() {
        report.line("## Query plans (%d agents, %d waiting)".formatted(agents, waiting)).line("");
        explain("Pool of a team ticket (AgentPool.OF_TEAM)", AgentPool.OF_TEAM
                .replace(":line", "'L1'").replace(":team", "'" + TEAM + "'"));
        explain("Pool of a ticket of no team (AgentPool.OF_LINE)", AgentPool.OF_LINE.replace(":line", "'L1'"));
        explain("Pool around a freed agent (AgentPool.AROUND)", AgentPool.AROUND.replace(":id", "'bench-agent-3'"));
        explain("Head of a team's queue (Queues.NEXT_OF_TEAM)", Queues.NEXT_OF_TEAM.replace(":line", "'L1'")
                .replace(":team", "'" + TEAM + "'").replace(":limit", "50"));
        explain("Head of the queue of no team (Queues.NEXT_OF_NO_TEAM)", Queues.NEXT_OF_NO_TEAM.replace(":line", "'L1'")
                .replace(":limit", "50"));
    }

    private void explain(String title, String sql) {
        List<String> plan = ReactiveDatabase.inTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("explain (analyze, buffers, costs off) " + sql, String.class).getResultList()));
        report.line("### " + title).line("").line("```");
        plan.forEach(report::line);
        report.line("```").line("");
    }

    private void measureDecisions(String team, int pool, int count) {
        measure("%d | %d%s".formatted(agents, pool, team == null ? " (no team: the whole line)" : ""), count,
                run -> decide(team));
    }

    /** Runs {@code count} timed operations after a tenth as many (at least 30) untimed ones, and reports percentiles. */
    private void measure(String label, int count, IntConsumer operation) {
        int warmUp = Math.max(30, count / 10);
        long[] nanos = new long[count];
        for (int run = 0; run < warmUp + count; run++) {
            long start = System.nanoTime();
            operation.accept(run);
            if (run >= warmUp) {
                nanos[run - warmUp] = System.nanoTime() - start;
            }
        }
        Latencies latencies = Latencies.ofNanos(nanos);
        report.row(label, count, "%.2f".formatted(latencies.percentile(50).toNanos() / 1e6),
                "%.2f".formatted(latencies.percentile(99).toNanos() / 1e6));
    }

    private UUID decide(String team) {
        RoutedTicket ticket = Desk.waiting(team, CATEGORY, Instant.now());
        ReactiveDatabase.inTransaction(() -> ticket.persist().chain(() -> routing.route(ticket, Causation.startedBy("bench"))));
        return ticket.ticketId;
    }

    private void release(UUID ticketId) {
        ReactiveDatabase.inTransaction(() -> RoutedTicket.<RoutedTicket>findById(ticketId, LockModeType.PESSIMISTIC_WRITE)
                .chain(ticket -> {
                    ticket.state = RouteState.DONE;
                    return routing.release(ticket, Causation.startedBy("bench"));
                }));
    }

    private static List<UUID> assignedOf(String team, int limit) {
        return ReactiveDatabase.inSession(() -> RoutedTicket.<RoutedTicket>list("state = ?1 and team = ?2",
                RouteState.ASSIGNED, team)).stream().map(ticket -> ticket.ticketId).limit(limit).toList();
    }

    /** Adds agents of line L1 up to {@code total}, spread over 20 teams, online, with room for every ticket. */
    private void seedAgents(int total) {
        int from = agents;
        sql("""
                insert into agent (id, display_name, languages, skills, line, teams, capacity, presence, open_tickets, idle_since)
                select 'bench-agent-' || i, 'Agent ' || i, array['en'], jsonb_build_object('bench.*', 1 + i %% 5), 'L1',
                       array['bench-t' || (i %% %1$d)], 1000000, 'ONLINE', i %% 20, now() - i * interval '1 second'
                from generate_series(%2$d, %3$d) i""".formatted(TEAMS, from, total - 1));
        agents = total;
    }

    /**
     * Adds waiting tickets up to {@code total} that nobody can take (Japanese), so they stay in the queues the
     * drains read; a tenth of them are of no team, which every team's drain reads too.
     */
    private void seedWaiting(int total) {
        sql("""
                insert into routed_ticket (ticket_id, number, category, language, priority, queue_priority, line,
                                           team, state, waiting_since, sla_due_at, ticket_version)
                select gen_random_uuid(), 'HD-BENCH-' || i, '%1$s', 'ja', 'P' || (1 + i %% 4), 'P' || (1 + i %% 4),
                       'L1', case when i %% 10 = 0 then null else 'bench-t' || (i %% %2$d) end, 'WAITING',
                       now() - i * interval '1 second',
                       case when i %% 2 = 0 then now() + (i %% 480) * interval '1 minute' end, 1
                from generate_series(%3$d, %4$d) i""".formatted(CATEGORY, TEAMS, waiting + 1, total));
        waiting = total;
    }

    private static void sql(String statement) {
        ReactiveDatabase.inTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(statement)
                .executeUpdate().chain(() -> session.createNativeQuery("analyze agent, routed_ticket").executeUpdate())));
    }
}
