package com.helpdesk.notification.crash;

import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.created;
import static com.helpdesk.notification.testing.OtherServices.deadlines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ServiceProcess;
import com.helpdesk.platform.testing.TopicPublisher;
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
 * <p>Runs with failsafe after {@code package} built the jar: {@code ./mvnw verify} (or {@code -Dit.test=DeliveryCrashIT}).
 */
class DeliveryCrashIT {

    private static final Duration LEASE = Duration.ofSeconds(5);

    private static final PostgresResource POSTGRES = new PostgresResource();
    private static final KafkaResource KAFKA = new KafkaResource();
    private static final Map<String, String> CONFIG = new HashMap<>();
    private static GreenMail smtp;

    private final List<ServiceProcess> processes = new ArrayList<>();

    @BeforeAll
    static void startInfrastructure() {
        CONFIG.putAll(POSTGRES.start());
        CONFIG.putAll(KAFKA.start());
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        CONFIG.put("quarkus.mailer.host", "127.0.0.1");
        CONFIG.put("quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()));
        CONFIG.put("quarkus.oidc.tenant-enabled", "false");
        CONFIG.put("helpdesk.notification.sender.lease", LEASE.toSeconds() + "s");
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
    void stopProcesses() {
        processes.forEach(ServiceProcess::close);
    }

    @Test
    void aServiceKilledBetweenClaimingAndSendingLeavesOneMailNotZeroNotTwo() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String requester = address("crash");
        Instant start = Instant.now();

        ServiceProcess first = start("first", Map.of("helpdesk.notification.sender.crash-after-claim", "true"));
        try (var ticketService = new TopicPublisher(CONFIG.get("kafka.bootstrap.servers"))) {
            ticketService.publishAs("ticket-service", ticket, created("HD-2026-000999", requester, "Crash", "en", "Crash test", null));
            ticketService.publishAs("sla-service", ticket, deadlines(Instant.now().plus(4, ChronoUnit.HOURS)));
        }
        assertThat(first.awaitExit(Duration.ofSeconds(60))).as("the first process halts after claiming").isEqualTo(137);
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

    private ServiceProcess start(String name, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(CONFIG);
        config.putAll(extra);
        ServiceProcess process = ServiceProcess.start("crash-" + name, config);
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
