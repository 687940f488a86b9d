package com.helpdesk.ticket.report.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.helpdesk.platform.testing.BenchmarkReport;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.ticket.api.TestCallers;
import com.helpdesk.ticket.report.ReportConfig;
import com.helpdesk.ticket.report.store.ReportTimelines;
import com.helpdesk.ticket.report.model.ReportPeriod;
import com.helpdesk.ticket.report.model.ResponseTimeReport;
import com.helpdesk.ticket.report.model.TicketTimeline;
import com.helpdesk.ticket.report.model.VolumeReport;
import com.helpdesk.ticket.report.model.WorkloadReport;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * How long each report takes over a month of 10,000 tickets (~95,000 facts), through the HTTP API as JSON
 * (median and slowest of 5 after a warm-up). The facts are written straight into report_event — this measures
 * the reports, not the feed. {@code ./mvnw -B -Pbench -pl ticket-service verify}; figures in target/bench/reports.md.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class ReportBenchmarkTest {

    private static final int TICKETS = Integer.getInteger("bench.tickets", 10_000);
    private static final int RUNS = 5;
    /** June 2025, far from the other tests' data; one ticket every 30 days / TICKETS. */
    private static final String FACTS = """
            with t as (
                select i, gen_random_uuid() as id,
                       timestamptz '2025-06-02 00:00:00+00' + (i * interval '30 days' / %1$d) as at,
                       (array['EMAIL','WEB','PHONE','API'])[1 + i %% 4] as channel,
                       (array['P1','P2','P3','P4'])[1 + i %% 4] as priority,
                       'team-' || (i %% 5) as team, 'cat.' || (i %% 12) as category, 'agent-' || (i %% 40) as agent
                from generate_series(0, %1$d - 1) i)
            insert into report_event (event_id, ticket_id, kind, occurred_at, stream_version, status, channel, category,
                                      priority, team, line, agent, sla_target, due_at, met_at, score)
            select gen_random_uuid(), id, f.kind, f.at, f.version, f.status, channel, category, priority, team, 'L1',
                   f.agent, f.target, f.due, f.met, f.score
            from t cross join lateral (values
                ('CREATED', t.at, 1, 'NEW', null::text, null::text, null::timestamptz, null::timestamptz, null::int),
                ('ASSIGNED', t.at + interval '5 minutes', 2, 'OPEN', t.agent, null, null, null, null),
                ('STARTED', t.at + interval '10 minutes', 3, 'IN_PROGRESS', t.agent, null, null, null, null),
                ('AGENT_REPLY', t.at + interval '30 minutes', 4, 'IN_PROGRESS', t.agent, null, null, null, null),
                ('PENDING_CUSTOMER', t.at + interval '40 minutes', 5, 'PENDING_CUSTOMER', t.agent, null, null, null, null),
                ('RESUMED', t.at + interval '4 hours', 6, 'IN_PROGRESS', t.agent, null, null, null, null),
                ('RESOLVED', t.at + (1 + i %% 48) * interval '1 hour' + interval '4 hours', 7, 'RESOLVED', t.agent, null, null, null, null),
                ('RATED', t.at + (1 + i %% 48) * interval '1 hour' + interval '5 hours', 8, 'RESOLVED', t.agent, null, null, null, 1 + i %% 5),
                ('SLA_MET', t.at + interval '30 minutes', 0, null, null, 'FIRST_RESPONSE', t.at + interval '4 hours', t.at + interval '30 minutes', null),
                ('SLA_BREACHED', t.at + interval '8 hours', 0, null, null, 'RESOLUTION', t.at + interval '8 hours', null, null)
            ) as f(kind, at, version, status, agent, target, due, met, score)
            where (f.kind not in ('PENDING_CUSTOMER', 'RESUMED') or i %% 4 = 0)
              and (f.kind not in ('RESOLVED', 'RATED') or i %% 10 <> 0)
              and (f.kind <> 'RATED' or i %% 2 = 0)
              and (f.kind <> 'SLA_BREACHED' or i %% 7 = 0)""";

    @Inject
    Pool pool;

    @Inject
    ReportTimelines timelines;

    @Inject
    ReportConfig config;

    @Test
    void everyReportOverAMonthOfTenThousandTickets() {
        pool.query("delete from report_event where occurred_at >= '2025-06-01' and occurred_at < '2025-08-01'").execute()
                .await().indefinitely();
        long facts = pool.query(FACTS.formatted(TICKETS)).execute().await().indefinitely().rowCount();

        BenchmarkReport report = new BenchmarkReport("reports", "Reports over " + TICKETS + " tickets (" + facts + " facts), one month")
                .line("Each report through GET /api/v1/reports/… as JSON, period 2025-06-02 – 2025-07-02 (UTC), "
                        + RUNS + " runs after one warm-up. Load average before: " + BenchmarkReport.loadAverage())
                .row("report", "groupBy", "rows", "median ms", "max ms");
        for (String name : List.of("volume", "response-times", "resolution", "sla-compliance", "csat", "heatmap", "workload")) {
            for (String groupBy : new String[] { null, "agent" }) {
                Map<String, String> query = new java.util.HashMap<>(Map.of("from", "2025-06-02", "to", "2025-07-02"));
                if (groupBy != null) {
                    query.put("groupBy", groupBy);
                }
                int rows = run(name, query).size();
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    assertThat(run(name, query)).hasSize(rows);
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
                millis.sort(null);
                report.row(name, groupBy == null ? "–" : groupBy, rows, millis.get(RUNS / 2), millis.get(RUNS - 1));
            }
        }
        Map<String, String> emptyDay = Map.of("from", "2025-05-01", "to", "2025-05-02");
        run("volume", emptyDay);
        report.row("volume, a day with no tickets (fixed cost of a request)", "–", 1,
                median(() -> run("volume", emptyDay)), "");
        report.line("").line("Where the time goes (same period, no groupBy, median of " + RUNS + "):")
                .row("step", "median ms");
        ReportPeriod period = new ReportPeriod(Instant.parse("2025-06-02T00:00:00Z"), Instant.parse("2025-07-02T00:00:00Z"),
                ZoneOffset.UTC, null);
        List<TicketTimeline> tickets = timelines.of(period).await().indefinitely();
        report.row("load " + tickets.size() + " timelines (SQL, decoding, grouping)",
                median(() -> timelines.of(period).await().indefinitely()));
        report.row("compute volume in Java", median(() -> VolumeReport.compute(tickets, period, null)));
        report.row("compute response-times in Java", median(() -> ResponseTimeReport.compute(tickets, period, null,
                config.businessHours().toBusinessHours())));
        report.row("compute workload in Java", median(() -> WorkloadReport.compute(tickets, period, null)));
        report.write();
    }

    private static long median(Supplier<?> work) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            if (i > 0) { // the first is the warm-up
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        millis.sort(null);
        return millis.get(RUNS / 2);
    }

    private static List<Object> run(String report, Map<String, String> query) {
        return TestCallers.as("sam", "supervisor").accept("application/json").queryParams(query)
                .get("/api/v1/reports/" + report).then().statusCode(200).extract().jsonPath().getList("rows");
    }
}
