package com.helpdesk.notification.crash;

import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.created;
import static com.helpdesk.notification.testing.OtherServices.deadlines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.notification.testing.OtherServices;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicRecorder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a real process, against the test's
 * PostgreSQL, Kafka broker and SMTP server. The first process consumes a new ticket, claims its
 * acknowledgement and dies — halted like {@code kill -9}, through the {@code crash-after-claim} test hook —
 * before sending; a second process is started on the same database and broker. Exactly one mail arrives,
 * not zero and not two, and exactly one {@code NotificationSent}.
 *
 * <p>Runs in the {@code integration-test} phase (after {@code package} built the jar): {@code ./mvnw verify}; a
 * {@code -Dtest=DeliveryCrashIT} run skips it in the {@code test} phase, where the jar may be missing or stale.
 */
@EnabledIfSystemProperty(named = "helpdesk.packaged-jar", matches = "true")
class DeliveryCrashIT {

    private static final Duration LEASE = Duration.ofSeconds(5);
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private static final PostgresResource POSTGRES = new PostgresResource();
    private static final KafkaResource KAFKA = new KafkaResource();
    private static final Map<String, String> CONFIG = new HashMap<>();
    private static GreenMail smtp;

    private final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void startInfrastructure() {
        CONFIG.putAll(POSTGRES.start());
        CONFIG.putAll(KAFKA.start());
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        CONFIG.put("quarkus.mailer.host", "127.0.0.1");
        CONFIG.put("quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()));
        CONFIG.put("quarkus.http.port", "0");
        CONFIG.put("quarkus.oidc.tenant-enabled", "false");
        CONFIG.put("helpdesk.notification.sender.lease", LEASE.toSeconds() + "s");
        CONFIG.put("quarkus.log.console.json", "false");
    }

    @AfterAll
    static void stopInfrastructure() {
        if (smtp != null) {
            smtp.stop();
        }
        KAFKA.stop();
        POSTGRES.stop();
    }

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aServiceKilledBetweenClaimingAndSendingLeavesOneMailNotZeroNotTwo() throws Exception {
        assertThat(JAR).as("run after package: ./mvnw verify").exists();
        String ticket = UUID.randomUUID().toString();
        String requester = address("crash");
        Instant start = Instant.now();

        Process first = start("first", Map.of("helpdesk.notification.sender.crash-after-claim", "true"));
        try (var ticketService = new OtherServices(CONFIG.get("kafka.bootstrap.servers"))) {
            ticketService.publish("ticket-service", ticket, created("HD-2026-000999", requester, "Crash", "en", "Crash test", null));
            ticketService.publish("sla-service", ticket, deadlines(Instant.now().plus(4, ChronoUnit.HOURS)));
        }
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("the first process halts after claiming").isTrue();
        assertThat(first.exitValue()).isEqualTo(137);
        Instant crashed = Instant.now();

        // it died holding the claim: consumed, recorded and claimed, but nothing sent
        assertThat(delivery(ticket)).containsExactly("PENDING", "1", "claimed");
        assertThat(mailsTo(requester)).isZero();

        start("second", Map.of());
        try (var receipts = new TopicRecorder(CONFIG.get("kafka.bootstrap.servers"), "helpdesk.notification.events")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(requester) == 1 && sentReceipts(receipts, ticket) == 1);
            Instant delivered = Instant.now();
            // and nothing more arrives: no second mail, no second receipt
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> mailsTo(requester) == 1 && sentReceipts(receipts, ticket) == 1);
            assertThat(delivery(ticket)).containsExactly("SENT", "2", "free");
            System.out.printf("crash test: first process halted %d ms after start; mail in the mailbox %d ms after the crash "
                    + "(lease %s)%n", Duration.between(start, crashed).toMillis(),
                    Duration.between(crashed, delivered).toMillis(), LEASE);
        }
    }

    private Process start(String name, Map<String, String> extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m"));
        Map<String, String> config = new HashMap<>(CONFIG);
        config.putAll(extra);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        File log = Files.createDirectories(Path.of("target", "crash-test")).resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(process);
        return process;
    }

    private static long mailsTo(String address) throws Exception {
        long count = 0;
        for (var message : smtp.getReceivedMessages()) {
            var to = message.getRecipients(Message.RecipientType.TO);
            if (to != null && to.length == 1 && to[0].toString().equalsIgnoreCase(address)) {
                count++;
            }
        }
        return count;
    }

    private static long sentReceipts(TopicRecorder receipts, String ticket) {
        return receipts.events(ticket::equals).stream().filter(event -> event.data() instanceof NotificationSent).count();
    }

    /** Status, attempts and whether it is claimed, of the ticket's only delivery. */
    private static List<String> delivery(String ticket) throws Exception {
        try (Connection db = DriverManager.getConnection(CONFIG.get("quarkus.datasource.jdbc.url"),
                CONFIG.get("quarkus.datasource.username"), CONFIG.get("quarkus.datasource.password"));
                var query = db.prepareStatement("""
                        select status, attempts, claim_token is not null from delivery where ticket_id = ?""")) {
            query.setObject(1, UUID.fromString(ticket));
            try (ResultSet rows = query.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.addAll(List.of(rows.getString(1), String.valueOf(rows.getInt(2)), rows.getBoolean(3) ? "claimed" : "free"));
                }
                return found;
            }
        }
    }
}
