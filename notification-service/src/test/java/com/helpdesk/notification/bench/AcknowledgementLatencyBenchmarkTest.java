package com.helpdesk.notification.bench;

import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.created;
import static com.helpdesk.notification.testing.OtherServices.deadlines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.helpdesk.notification.testing.InjectMailbox;
import com.helpdesk.notification.testing.Mailbox;
import com.helpdesk.notification.testing.SmtpServerResource;
import com.helpdesk.platform.testing.BenchmarkReport;
import com.helpdesk.platform.testing.CpuTime;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.Latencies;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicPublisher;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Ticket created → acknowledgement in the mailbox: {@code TicketCreated} and then its {@code SlaDeadlinesSet}
 * put on the real broker (as ticket- and sla-service's relays would, back to back), the mail read from the
 * real SMTP server. Covers consume, inbox, wake-up, rendering, claim, SMTP, receipt. Run with
 * {@code ./mvnw -B -Pbench -pl notification-service verify}; figures go to
 * target/bench/acknowledgement-latency.md.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(SmtpServerResource.class)
class AcknowledgementLatencyBenchmarkTest {

    private static final int WARM_UP = Integer.getInteger("bench.warmup-tickets", 50);
    private static final int TICKETS = Integer.getInteger("bench.tickets", 300);
    private static final int PER_SECOND = Integer.getInteger("bench.tickets-per-second", 20);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @InjectTopicPublisher
    TopicPublisher otherServices;
    @InjectMailbox
    Mailbox mailbox;

    @Test
    void createToMailboxLatency() throws Exception {
        var report = new BenchmarkReport("acknowledgement-latency",
                "notification-service: ticket created → acknowledgement in the mailbox");
        run(WARM_UP);
        Duration cpuBefore = CpuTime.thisJvm();
        Duration postgresBefore = CpuTime.postgres();
        Latencies latencies = run(TICKETS);
        Duration cpu = CpuTime.thisJvm().minus(cpuBefore);
        Duration postgres = CpuTime.postgres().minus(postgresBefore);
        report.line(("%d tickets at %d/s after %d warm-up; each TicketCreated then SlaDeadlinesSet published "
                + "(acknowledged by the broker), latency until the mail is in the SMTP server's mailbox "
                + "(polled every ms). Service, broker, PostgreSQL, SMTP server and load on the same cores.")
                .formatted(TICKETS, PER_SECOND, WARM_UP))
                .line("")
                .row("mails", "p50 ms", "p99 ms", "max ms", "JVM CPU ms/mail", "PostgreSQL CPU ms/mail")
                .row("---", "---", "---", "---", "---", "---")
                .row(latencies.count(), Latencies.millis(latencies.percentile(50)),
                        Latencies.millis(latencies.percentile(99)), Latencies.millis(latencies.max()),
                        "%.2f".formatted(cpu.toNanos() / 1e6 / TICKETS),
                        "%.2f".formatted(postgres.toNanos() / 1e6 / TICKETS))
                .write();
        assertThat(latencies.count()).isEqualTo(TICKETS);
    }

    private Latencies run(int tickets) throws InterruptedException {
        Map<String, Long> published = new ConcurrentHashMap<>();
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        Thread watcher = new Thread(() -> watch(published, arrived, tickets), "bench-mailbox");
        watcher.start();
        long interval = Duration.ofSeconds(1).toNanos() / PER_SECOND;
        long next = System.nanoTime();
        Instant due = Instant.now().plus(1, ChronoUnit.DAYS);
        for (int i = 0; i < tickets; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += interval;
            String ticket = UUID.randomUUID().toString();
            String requester = address("bench");
            published.put(requester, System.nanoTime());
            otherServices.publishAs("ticket-service", ticket, created("HD-2026-%06d".formatted(i), requester, "Bench",
                    "en", "Benchmark ticket " + i, "A description of a typical length for a help-desk request."));
            otherServices.publishAs("sla-service", ticket, deadlines(due));
        }
        watcher.join(PATIENCE.toMillis());
        List<Long> nanos = new ArrayList<>();
        arrived.forEach((requester, at) -> nanos.add(at - published.get(requester)));
        return Latencies.ofNanos(nanos);
    }

    /** Notes when each requester's mail arrives, until all have or patience runs out. */
    private void watch(Map<String, Long> published, Map<String, Long> arrived, int expected) {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        int seen = mailbox.all().size();
        while (arrived.size() < expected && System.nanoTime() < giveUp) {
            List<MimeMessage> all = mailbox.all();
            long now = System.nanoTime();
            for (MimeMessage mail : all.subList(seen, all.size())) {
                String to = recipient(mail);
                if (published.containsKey(to)) {
                    arrived.putIfAbsent(to, now);
                }
            }
            seen = all.size();
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
        }
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
