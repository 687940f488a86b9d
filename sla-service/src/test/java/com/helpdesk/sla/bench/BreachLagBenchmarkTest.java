package com.helpdesk.sla.bench;

import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.CloudEventHeaders;
import com.helpdesk.events.EventCodec;
import com.helpdesk.events.Topic;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.platform.testing.BenchmarkReport;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.Latencies;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.sla.domain.BuiltInCalendars;
import com.helpdesk.sla.domain.ClockState;
import com.helpdesk.sla.domain.SlaClock;
import com.helpdesk.sla.domain.SlaPolicy;
import com.helpdesk.sla.domain.TargetClock;
import com.helpdesk.sla.domain.TicketProfile;
import com.helpdesk.sla.store.StoredJson;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Breach lag (issue #5, item 9): open clocks whose first-response deadlines are spread evenly over an hour
 * ({@code -Dbench.clocks}, default 100,000; {@code -Dbench.spread}, default PT1H), warnings already sent.
 * Measures, over the deadlines of the first {@code -Dbench.window} (default PT10M, so a run takes a quarter of
 * an hour), how long after its deadline each breach was fired (envelope time) and reached Kafka (record
 * timestamp, after the outbox relay), and the CPU this JVM — the service, its Kafka clients and the relay —
 * uses while the clocks are open but nothing is due. Writes target/bench/sla-breach-lag.md. Not a timed test:
 * run with -Pbench.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class BreachLagBenchmarkTest {

    private static final int CLOCKS = Integer.getInteger("bench.clocks", 100_000);
    private static final Duration SPREAD = Duration.parse(System.getProperty("bench.spread", "PT1H"));
    private static final Duration WINDOW = Duration.parse(System.getProperty("bench.window", "PT10M"));
    /** The clocks falling due within the measured window. */
    private static final int MEASURED = (int) Math.min(CLOCKS,
            Math.ceil(CLOCKS * (double) WINDOW.toNanos() / SPREAD.toNanos()));
    /** Time to seed the clocks before the first deadline (inserting runs at some thousands of rows a second). */
    private static final Duration SETUP = Duration.ofSeconds(30 + CLOCKS / 1_000);
    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final int BATCH = 2_000;
    private static final String INSERT = """
            insert into sla_clock (ticket_id, state, clock, next_fire_at, ticket_version, correlation_id, updated_at)
            select id, 'RUNNING', cast(clock as jsonb),
                   cast(cast(clock as jsonb) -> 'targets' -> 'FIRST_RESPONSE' ->> 'dueAt' as timestamptz), 1, id, now()
            from unnest(cast(:ids as uuid[]), cast(:clocks as text[])) as seeded(id, clock)""";

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    StoredJson json;

    private final Map<UUID, long[]> lags = new ConcurrentHashMap<>();
    private final AtomicInteger breaches = new AtomicInteger();

    @Test
    void breachLag() throws Exception {
        Instant firstDue = Instant.now().plus(SETUP);
        List<UUID> tickets = IntStream.range(0, CLOCKS).mapToObj(i -> UUID.randomUUID()).toList();
        Set<UUID> ours = Set.copyOf(tickets);
        AtomicBoolean listening = new AtomicBoolean(true);
        Thread listener = new Thread(() -> listen(ours, listening), "bench-breach-listener");
        listener.start();

        Instant seedStart = Instant.now();
        for (int from = 0; from < CLOCKS; from += BATCH) {
            seed(tickets.subList(from, Math.min(CLOCKS, from + BATCH)), from, firstDue);
        }
        Duration seeding = Duration.between(seedStart, Instant.now());

        double idleCpu = idleCpuShare(firstDue);

        await().atMost(WINDOW.plus(SETUP).plus(Duration.ofMinutes(3))).pollInterval(Duration.ofSeconds(1))
                .until(() -> lags.size() >= MEASURED);
        listening.set(false);
        listener.join();

        write(seeding, idleCpu);
    }

    /** Clocks whose first response falls due at evenly spaced instants from {@code firstDue} on. */
    private void seed(List<UUID> batch, int offset, Instant firstDue) {
        long spacingNanos = SPREAD.toNanos() / CLOCKS;
        String[] clocks = new String[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Instant due = firstDue.plusNanos(spacingNanos * (offset + i)).truncatedTo(ChronoUnit.MICROS);
            TargetClock target = new TargetClock(SlaTarget.FIRST_RESPONSE, Duration.ofHours(24), Duration.ZERO,
                    due.minus(Duration.ofHours(24)), due, due.minus(Duration.ofHours(5)), null, true, false);
            clocks[i] = json.write(new SlaClock(ClockState.RUNNING,
                    new TicketProfile(Priority.P3, CustomerTier.STANDARD, "bench", Channel.API, null, false),
                    SlaPolicy.DEFAULT.ref(), BuiltInCalendars.ALWAYS.ref(), 80, Duration.ofHours(24),
                    Map.of(SlaTarget.FIRST_RESPONSE, target), false));
        }
        ReactiveDatabase.inTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("ids", batch.toArray(UUID[]::new))
                .setParameter("clocks", clocks)
                .executeUpdate()));
    }

    /** Share of one core this JVM used while the clocks wait (everything scheduled, nothing due). */
    private double idleCpuShare(Instant firstDue) {
        Duration window = Duration.between(Instant.now(), firstDue.minusSeconds(5));
        if (window.compareTo(IDLE) > 0) {
            window = IDLE;
        }
        if (window.isNegative() || window.isZero()) {
            return Double.NaN;
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        // the window is the measurement; what must hold during it is that nothing fires before its deadline
        await().during(window).atMost(window.plusSeconds(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> breaches.get() == 0);
        return (double) (os.getProcessCpuTime() - cpuBefore) / (System.nanoTime() - wallBefore);
    }

    private void listen(Set<UUID> ours, AtomicBoolean listening) {
        EventCodec codec = new EventCodec();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topic.SLA.topicName()));
            while (listening.get()) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    UUID ticket = UUID.fromString(record.key());
                    if (!ours.contains(ticket)) {
                        continue;
                    }
                    var event = CloudEventHeaders.read(record.headers(), record.value(), codec);
                    if (event.data() instanceof SlaBreached breached) {
                        breaches.incrementAndGet();
                        long due = breached.dueAt().toEpochMilli();
                        lags.putIfAbsent(ticket, new long[] { record.timestamp() - due,
                                event.time().toEpochMilli() - due });
                    }
                }
            }
        }
    }

    private void write(Duration seeding, double idleCpu) {
        Latencies published = lagsOf(0);
        Latencies fired = lagsOf(1);
        new BenchmarkReport("sla-breach-lag", "SLA breach lag")
                .line("PostgreSQL on localhost; Kafka broker in a child JVM; " + Instant.now())
                .line("")
                .line("%,d open clocks, first-response deadlines spread evenly over %s (%.0f per second); seeded in %d s."
                        .formatted(CLOCKS, SPREAD, CLOCKS / (double) SPREAD.toSeconds(), seeding.toSeconds()))
                .line("Measured: the %,d breaches due in the first %s.".formatted(MEASURED, WINDOW))
                .line("Timer: sleeps until the earliest deadline, at most 1 s; 200 clocks per claim (defaults).")
                .line("")
                .row("breach lag after its deadline", "p50", "p99", "max")
                .row("---", "---", "---", "---")
                .row("fired (event time)", millis(fired.percentile(50)), millis(fired.percentile(99)), millis(fired.max()))
                .row("on Kafka (record timestamp, after the outbox relay)", millis(published.percentile(50)),
                        millis(published.percentile(99)), millis(published.max()))
                .line("")
                .line("Breaches seen: %,d tickets of %,d due in the window; duplicates: %d.".formatted(lags.size(),
                        MEASURED, breaches.get() - lags.size()))
                .line("CPU while %,d clocks wait and nothing is due: %.1f %% of one core (this JVM: service, Kafka clients, relay)."
                        .formatted(CLOCKS, idleCpu * 100))
                .write();
    }

    /** Lags are recorded in milliseconds: 0 = on Kafka, 1 = fired. */
    private Latencies lagsOf(int index) {
        return Latencies.ofNanos(lags.values().stream().map(lag -> lag[index] * 1_000_000L).toList());
    }

    private static String millis(Duration lag) {
        return lag.toMillis() + " ms";
    }
}
