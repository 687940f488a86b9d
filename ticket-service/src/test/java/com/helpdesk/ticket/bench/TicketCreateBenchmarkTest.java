package com.helpdesk.ticket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.helpdesk.platform.testing.BenchmarkReport;
import com.helpdesk.platform.testing.CpuTime;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.Latencies;
import com.helpdesk.platform.testing.PostgresResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sustained ticket creation over HTTP against the service with the real PostgreSQL and Kafka broker:
 * throughput, latency and CPU per ticket at concurrency 8 and 32. Not a timed test: run with
 * {@code ./mvnw -B -Pbench -pl ticket-service verify}; figures go to target/bench/ticket-create.md.
 * The caller is named by the test header rather than a Keycloak token (token checks are system-tests').
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class TicketCreateBenchmarkTest {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    private static final String BODY = """
            {"requester": {"email": "alice@example.com", "name": "Alice"}, "subject": "Benchmark ticket %d",
             "description": "A description of a typical length for a help-desk request, about two lines of text,
             so that rows and events have a realistic size.", "category": "it.access", "priority": "P3",
             "language": "en", "tags": ["bench"]}""".replace("\n", " ");

    @TestHTTPResource("/api/v1/tickets")
    URL tickets;

    @InjectKafkaBroker
    KafkaBroker kafka;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicInteger sequence = new AtomicInteger();

    @Test
    void sustainedCreateThroughput() throws Exception {
        var report = new BenchmarkReport("ticket-create", "ticket-service: sustained ticket creation");
        report.line("POST /api/v1/tickets with an Idempotency-Key; %d s warm-up, then %d s measured per concurrency."
                .formatted(WARM_UP.toSeconds(), MEASURE.toSeconds()))
                .line("CPU ms per ticket: the service (this JVM less the load generator's threads), every PostgreSQL"
                        + " process, and the Kafka broker; all on the same 2 cores as the load generator.")
                .line("")
                .row("concurrency", "tickets", "tickets/s", "p50 ms", "p99 ms", "service CPU ms/t", "PostgreSQL CPU ms/t",
                        "Kafka CPU ms/t", "total CPU ms/t")
                .row("---", "---", "---", "---", "---", "---", "---", "---", "---");
        for (int concurrency : new int[] { 8, 32 }) {
            run(concurrency, WARM_UP);
            Run measured = run(concurrency, MEASURE);
            assertThat(measured.errors()).as("failed requests").isZero();
            report.row(concurrency, measured.latencies().count(), "%.0f".formatted(measured.perSecond()),
                    Latencies.millis(measured.latencies().percentile(50)), Latencies.millis(measured.latencies().percentile(99)),
                    perTicket(measured.serviceCpu(), measured), perTicket(measured.postgresCpu(), measured),
                    perTicket(measured.kafkaCpu(), measured),
                    perTicket(measured.serviceCpu().plus(measured.postgresCpu()).plus(measured.kafkaCpu()), measured));
        }
        report.write();
    }

    private Run run(int concurrency, Duration duration) throws Exception {
        ExecutorService httpThreads = Executors.newFixedThreadPool(2, named("bench-http"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads).build();
        ExecutorService load = Executors.newFixedThreadPool(concurrency, named("bench-load"));
        Duration loadBefore = loadGeneratorCpu();
        Duration jvmBefore = CpuTime.thisJvm();
        Duration postgresBefore = CpuTime.postgres();
        Duration kafkaBefore = CpuTime.ofProcess(kafka.pid());
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        for (int i = 0; i < concurrency; i++) {
            workers.add(load.submit(() -> send(http, deadline, errors)));
        }
        List<Long> nanos = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            for (long sample : worker.get()) {
                nanos.add(sample);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Duration loadCpu = loadGeneratorCpu().minus(loadBefore);
        Duration serviceCpu = CpuTime.thisJvm().minus(jvmBefore).minus(loadCpu);
        Run run = new Run(Latencies.ofNanos(nanos), nanos.size() / seconds, errors.get(), serviceCpu,
                CpuTime.postgres().minus(postgresBefore), CpuTime.ofProcess(kafka.pid()).minus(kafkaBefore));
        load.shutdown();
        httpThreads.shutdown();
        return run;
    }

    private long[] send(HttpClient http, long deadline, AtomicInteger errors) throws Exception {
        long[] samples = new long[1 << 20];
        int count = 0;
        while (System.nanoTime() < deadline && count < samples.length) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(tickets.toString()))
                    .header("Content-Type", "application/json")
                    .header("X-Test-Caller", "crm-system:integration")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(BODY.formatted(sequence.incrementAndGet())))
                    .build();
            long begin = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            samples[count++] = System.nanoTime() - begin;
            if (status != 201) {
                errors.incrementAndGet();
            }
        }
        return java.util.Arrays.copyOf(samples, count);
    }

    /** CPU of the load generator's own threads, so it is not billed to the service. */
    private Duration loadGeneratorCpu() {
        long nanos = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("bench-") || info.getThreadName().startsWith("HttpClient"))) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return Duration.ofNanos(nanos);
    }

    private static String perTicket(Duration cpu, Run run) {
        return "%.2f".formatted(cpu.toNanos() / 1e6 / run.latencies().count());
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Run(Latencies latencies, double perSecond, int errors, Duration serviceCpu, Duration postgresCpu,
            Duration kafkaCpu) {
    }
}
