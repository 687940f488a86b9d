package com.helpdesk.system.bench;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.platform.testing.BenchmarkReport;
import com.helpdesk.platform.testing.CpuTime;
import com.helpdesk.platform.testing.Latencies;
import com.helpdesk.system.load.FiledTicket;
import com.helpdesk.system.load.LoadTeam;
import com.helpdesk.system.load.Mailroom;
import com.helpdesk.system.load.TicketAudit;
import com.helpdesk.system.load.TicketLoad;
import com.helpdesk.system.stack.Desk;
import com.helpdesk.system.stack.LocalStack;

/**
 * The whole desk under offered loads of 50, 100 and 200 tickets a second for 60 s each: intake latency,
 * create → assigned and create → acknowledgement in the mailbox, and the CPU all processes spent per
 * ticket. A command, not a test: {@code ./mvnw -B -Pbench -pl system-tests verify}; rates and duration
 * can be changed with {@code -Dhelpdesk.bench.rates=50,100,200 -Dhelpdesk.bench.seconds=60}.
 * Writes {@code target/bench/report.md} and {@code target/bench/system-latency.svg}.
 */
@Tag("benchmark")
@ExtendWith(LocalStack.class)
class SystemBenchmarkTest {

    private static final List<Integer> RATES = Arrays.stream(System.getProperty("helpdesk.bench.rates", "50,100,200").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("helpdesk.bench.seconds", 60));
    private static final Duration SETTLE = Duration.ofSeconds(90);
    /** History is read per ticket; a sample this size keeps the audit short at high loads. */
    private static final int ASSIGNMENT_SAMPLE = 1500;
    private static final List<String> PROCESSES = List.of("ticket-service", "routing-service", "sla-service",
            "notification-service", "knowledge-service", "kafka");

    @Test
    void offeredLoads() {
        int tickets = RATES.stream().mapToInt(rate -> (int) (rate * PHASE.toSeconds())).sum();
        List<Phase> phases = new ArrayList<>();
        try (Desk desk = LoadTeam.staffedFor(tickets)) {
            measure(desk, "warm-up", 10, Duration.ofSeconds(15));
            for (int rate : RATES) {
                phases.add(measure(desk, "r" + rate, rate, PHASE));
            }
        }
        report(phases);
    }

    private static Phase measure(Desk desk, String name, int rate, Duration duration) {
        try (Mailroom mail = Mailroom.watch(desk.mailbox(name))) {
            Map<String, Duration> before = cpu();
            Instant start = Instant.now();
            TicketLoad.Outcome load = TicketLoad.offer(rate, duration, desk.category(), desk.mailbox(name), Duration.ofSeconds(30));
            Set<String> numbers = load.accepted().stream().map(FiledTicket::number).collect(Collectors.toSet());
            boolean settled = true;
            try {
                await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2))
                        .until(() -> mail.arrivals().keySet().containsAll(numbers));
            } catch (ConditionTimeoutException e) {
                settled = false;
            }
            Duration elapsed = Duration.between(start, Instant.now());
            Map<String, Duration> spent = new LinkedHashMap<>();
            cpu().forEach((process, after) -> spent.put(process, after.minus(before.getOrDefault(process, Duration.ZERO))));
            return new Phase(rate, load, mail.arrivals(), assignmentSample(load.accepted()), spent, elapsed, settled);
        }
    }

    /** Offer → first assignment, for an even sample of the accepted tickets. */
    private static List<Long> assignmentSample(List<FiledTicket> accepted) {
        int step = Math.max(1, accepted.size() / ASSIGNMENT_SAMPLE);
        List<Long> nanos = new ArrayList<>();
        IntStream.iterate(0, i -> i < accepted.size(), i -> i + step).mapToObj(accepted::get).forEach(ticket ->
                TicketAudit.history(ticket.id()).flatMap(TicketAudit.History::firstAssigned)
                        .ifPresent(assigned -> nanos.add(Duration.between(ticket.offeredAt(), assigned).toNanos())));
        return nanos;
    }

    private static Map<String, Duration> cpu() {
        Map<String, Duration> spent = new LinkedHashMap<>();
        PROCESSES.forEach(process -> spent.put(process, CpuTime.ofProcess(LocalStack.process(process).pid())));
        spent.put("postgres", CpuTime.postgresServing("helpdesk"));
        return spent;
    }

    private static void report(List<Phase> phases) {
        BenchmarkReport report = new BenchmarkReport("report", "System benchmark: the whole desk under offered load");
        report.line("Each load is offered open-loop for %d s by the integration client (real Keycloak token) to the local stack (deploy/local/up: five services at -Xmx256m, Kafka, PostgreSQL, GreenMail); every ticket is routable to an online agent with free capacity. Latencies start when the client sends the request. Assignment time is TicketAssigned's time in the ticket's history (a sample of up to %d tickets per load); acknowledgement time is when an IMAP poll every 50 ms first saw the mail. CPU is user+system time of the five services, Kafka and PostgreSQL (server processes and the desk's backends) from the start of the load until every acknowledgement arrived, divided by the tickets accepted."
                .formatted(PHASE.toSeconds(), ASSIGNMENT_SAMPLE));
        report.line("");
        report.row("offered/s", "accepted", "achieved/s", "intake p50 ms", "intake p99 ms", "→ assigned p50 ms", "→ assigned p99 ms",
                "→ ack in mailbox p50 ms", "→ ack p99 ms", "acks", "CPU ms/ticket", "settled");
        report.row("---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---");
        Map<String, List<Double>> plot = new LinkedHashMap<>();
        for (Phase phase : phases) {
            Latencies intake = Latencies.ofNanos(phase.load.accepted().stream().map(ticket -> ticket.intake().toNanos()).toList());
            Latencies assigned = Latencies.ofNanos(phase.assignedNanos);
            Latencies acknowledged = Latencies.ofNanos(phase.load.accepted().stream()
                    .filter(ticket -> phase.mails.containsKey(ticket.number()))
                    .map(ticket -> Duration.between(ticket.offeredAt(), phase.mails.get(ticket.number()).get(0)).toNanos()).toList());
            double cpuPerTicket = phase.cpu.values().stream().mapToLong(Duration::toMillis).sum() / (double) Math.max(1, phase.load.accepted().size());
            report.row(phase.rate, phase.load.accepted().size(), "%.1f".formatted(phase.load.accepted().size() / (double) PHASE.toSeconds()),
                    ms(intake, 50), ms(intake, 99), ms(assigned, 50), ms(assigned, 99), ms(acknowledged, 50), ms(acknowledged, 99),
                    acknowledged.count(), "%.1f".formatted(cpuPerTicket), phase.settled ? "yes" : "no (" + phase.elapsed.toSeconds() + " s)");
            plot(plot, "intake", intake);
            plot(plot, "→ assigned", assigned);
            plot(plot, "→ ack in mailbox", acknowledged);
        }
        report.line("").line("CPU by process, ms per accepted ticket:").line("");
        List<String> processes = new ArrayList<>(phases.get(0).cpu.keySet());
        List<Object> header = new ArrayList<>(List.of("offered/s"));
        header.addAll(processes);
        report.row(header.toArray());
        report.row(header.stream().map(cell -> "---:").toArray());
        for (Phase phase : phases) {
            List<Object> row = new ArrayList<>(List.of(phase.rate));
            processes.forEach(process -> row.add("%.1f".formatted(phase.cpu.get(process).toMillis() / (double) Math.max(1, phase.load.accepted().size()))));
            report.row(row.toArray());
        }
        Path svg = LatencyPlot.write(Path.of("target", "bench", "system-latency.svg"),
                phases.stream().map(phase -> phase.rate).toList(), plot);
        report.line("").line("Plot: " + svg.getFileName());
        report.write();
    }

    private static void plot(Map<String, List<Double>> plot, String measure, Latencies latencies) {
        plot.computeIfAbsent(measure + " p50", key -> new ArrayList<>()).add(latencies.count() == 0 ? 0 : latencies.percentile(50).toNanos() / 1e6);
        plot.computeIfAbsent(measure + " p99", key -> new ArrayList<>()).add(latencies.count() == 0 ? 0 : latencies.percentile(99).toNanos() / 1e6);
    }

    private static String ms(Latencies latencies, double percentile) {
        return latencies.count() == 0 ? "–" : Latencies.millis(latencies.percentile(percentile));
    }

    private record Phase(int rate, TicketLoad.Outcome load, Map<String, List<Instant>> mails, List<Long> assignedNanos,
            Map<String, Duration> cpu, Duration elapsed, boolean settled) {
    }
}
