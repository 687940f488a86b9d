package com.helpdesk.system.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.platform.testing.BenchmarkReport;
import com.helpdesk.system.load.FiledTicket;
import com.helpdesk.system.load.LoadTeam;
import com.helpdesk.system.load.TicketNumber;
import com.helpdesk.system.load.TicketAudit;
import com.helpdesk.system.load.TicketLoad;
import com.helpdesk.system.stack.Desk;
import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.Mailbox;

/**
 * Under a steady load of filed tickets, each service is killed with {@code kill -9} once and started again,
 * and Kafka is stopped for 30 s. Afterwards every accepted ticket must exist once, be assigned at most once
 * at a time, have exactly one acknowledgement e-mail and its SLA deadlines. Run with {@code -Pfaults}
 * (about 7 minutes); the counts go to {@code target/bench/faults.md}.
 */
@Tag("fault")
@ExtendWith(LocalStack.class)
class FaultSuiteTest {

    private static final double TICKETS_PER_SECOND = 10;
    private static final Duration LOAD = Duration.ofSeconds(230);
    private static final Duration BETWEEN_FAULTS = Duration.ofSeconds(8);
    private static final Duration KAFKA_DOWN = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final List<String> SERVICES_BEFORE_KAFKA = List.of("ticket-service", "routing-service");
    private static final List<String> SERVICES_AFTER_KAFKA = List.of("sla-service", "notification-service", "knowledge-service");

    private final List<String> timeline = new ArrayList<>();

    @Test
    void nothingAcceptedIsLostOrDuplicatedWhileServicesAreKilledAndKafkaStops() {
        Instant start = Instant.now();
        try (Desk desk = LoadTeam.staffedFor((int) (TICKETS_PER_SECOND * LOAD.toSeconds()))) {
            String requester = desk.mailbox("faults");
            try {
                CompletableFuture<Void> faults = CompletableFuture.completedFuture(null);
                for (String service : SERVICES_BEFORE_KAFKA) {
                    faults = faults.thenRunAsync(() -> killAndRestart(service, start), after(BETWEEN_FAULTS));
                }
                faults = faults.thenRunAsync(() -> note(start, "kafka stopped", () -> LocalStack.stop("kafka")), after(BETWEEN_FAULTS))
                        .thenRunAsync(() -> note(start, "kafka started again", LocalStack::bringBackUp), after(KAFKA_DOWN));
                for (String service : SERVICES_AFTER_KAFKA) {
                    faults = faults.thenRunAsync(() -> killAndRestart(service, start), after(BETWEEN_FAULTS));
                }

                TicketLoad.Outcome load = TicketLoad.offer(TICKETS_PER_SECOND, LOAD, desk.category(), requester,
                        Duration.ofMinutes(3));
                faults.join();
                note(start, "load done: %d offered, %d accepted".formatted(load.offered(), load.accepted().size()), () -> { });

                Set<String> numbers = load.accepted().stream().map(FiledTicket::number).collect(Collectors.toSet());
                try {
                    await().atMost(SETTLE).pollInterval(Duration.ofSeconds(10)).ignoreExceptions()
                            .until(() -> settled(desk, requester, numbers));
                    note(start, "settled: every ticket acknowledged, deadlined and assigned", () -> { });
                } catch (ConditionTimeoutException e) {
                    note(start, "not settled after " + SETTLE.toMinutes() + " min; the findings say what is missing", () -> { });
                }

                Findings findings = audit(load, desk, acknowledgements(requester));
                report(load, findings);
                assertThat(load.accepted()).hasSizeGreaterThanOrEqualTo(2000);
                assertThat(findings.asCounts()).allSatisfy((what, count) -> assertThat(count).as(what).isZero());
            } finally {
                Mailbox.delete(requester);
            }
        }
    }

    private void killAndRestart(String service, Instant start) {
        note(start, service + " killed (kill -9)", () -> LocalStack.kill(service));
        note(start, service + " started again", LocalStack::bringBackUp);
    }

    /** Every ticket acknowledged by mail, deadlined and assigned, as far as the read model shows. */
    private static boolean settled(Desk desk, String requester, Set<String> numbers) {
        if (!acknowledgements(requester).keySet().containsAll(numbers)) {
            return false;
        }
        return TicketAudit.listed(desk.category()).stream()
                .allMatch(ticket -> ticket.get("firstResponseDue") != null && ticket.get("assigneeId") != null);
    }

    /**
     * The requester's mails by ticket number, read through GreenMail's API: its IMAP server loses count of a
     * mailbox that receives mail concurrently.
     */
    private static Map<String, Long> acknowledgements(String requester) {
        return Mailbox.messagesOf(requester).stream()
                .map(message -> TicketNumber.in(String.valueOf(message.get("subject"))))
                .collect(Collectors.groupingBy(number -> number, Collectors.counting()));
    }

    private static Findings audit(TicketLoad.Outcome load, Desk desk, Map<String, Long> mails) {
        List<Map<String, Object>> listed = TicketAudit.listed(desk.category());
        Set<Object> listedIds = listed.stream().map(ticket -> ticket.get("id")).collect(Collectors.toSet());
        Set<String> acceptedIds = load.accepted().stream().map(FiledTicket::id).collect(Collectors.toSet());
        Findings findings = new Findings();
        findings.abandoned = load.abandoned().size();
        findings.acceptedTwiceForOneKey = load.accepted().size() - acceptedIds.size();
        findings.filedButNeverAccepted = (int) listedIds.stream().filter(id -> !acceptedIds.contains(id)).count();
        findings.missingFromReadModel = (int) acceptedIds.stream().filter(id -> !listedIds.contains(id)).count();
        findings.withoutDeadlines = (int) listed.stream().filter(ticket -> ticket.get("firstResponseDue") == null).count();
        findings.unassigned = (int) listed.stream().filter(ticket -> ticket.get("assigneeId") == null).count();
        Set<String> seenNumbers = new HashSet<>();
        for (FiledTicket ticket : load.accepted()) {
            var history = TicketAudit.history(ticket.id());
            if (history.isEmpty()) {
                findings.lost++;
                continue;
            }
            findings.assignedWhileAssigned += history.get().assignmentsOnTopOfAnother();
            long acknowledgements = mails.getOrDefault(ticket.number(), 0L);
            findings.withoutAcknowledgement += acknowledgements == 0 ? 1 : 0;
            findings.extraAcknowledgements += (int) Math.max(0, acknowledgements - 1);
            seenNumbers.add(ticket.number());
        }
        findings.mailsForUnknownTickets = (int) mails.keySet().stream().filter(number -> !seenNumbers.contains(number)).count();
        return findings;
    }

    private void report(TicketLoad.Outcome load, Findings findings) {
        BenchmarkReport report = new BenchmarkReport("faults", "Fault suite: kill -9 each service, stop Kafka for 30 s, under load");
        report.line("Load: %.0f tickets/s offered for %d s by the integration client; %d offered, %d accepted, retried with the same Idempotency-Key while refused."
                .formatted(TICKETS_PER_SECOND, LOAD.toSeconds(), load.offered(), load.accepted().size()));
        report.line("Accepted only after retrying: %d tickets (the longest took %d attempts)."
                .formatted(load.accepted().stream().filter(ticket -> ticket.attempts() > 1).count(),
                        load.accepted().stream().mapToInt(FiledTicket::attempts).max().orElse(0)));
        report.line("").line("## Timeline (seconds since start)").line("");
        timeline.forEach(event -> report.line("- " + event));
        report.line("").line("## Findings (each must be 0)").line("").row("what", "count").row("---", "---:");
        findings.asCounts().forEach(report::row);
        report.write();
    }

    private synchronized void note(Instant start, String what, Runnable action) {
        action.run();
        timeline.add("%5.1f %s".formatted(Duration.between(start, Instant.now()).toMillis() / 1000.0, what));
    }

    private static Executor after(Duration delay) {
        return CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Counts of what went wrong; each must be zero. */
    private static final class Findings {
        int abandoned;
        int lost;
        int acceptedTwiceForOneKey;
        int filedButNeverAccepted;
        int missingFromReadModel;
        int withoutDeadlines;
        int unassigned;
        int assignedWhileAssigned;
        int withoutAcknowledgement;
        int extraAcknowledgements;
        int mailsForUnknownTickets;

        Map<String, Integer> asCounts() {
            var counts = new java.util.LinkedHashMap<String, Integer>();
            counts.put("offered tickets never accepted (gave up after 3 min of retries)", abandoned);
            counts.put("accepted tickets the event store does not know (lost)", lost);
            counts.put("one Idempotency-Key accepted as two tickets", acceptedTwiceForOneKey);
            counts.put("tickets filed that no client saw accepted (duplicates)", filedButNeverAccepted);
            counts.put("accepted tickets missing from the read model", missingFromReadModel);
            counts.put("tickets without SLA deadlines", withoutDeadlines);
            counts.put("tickets never assigned", unassigned);
            counts.put("assignments on top of another (assigned twice at a time)", assignedWhileAssigned);
            counts.put("tickets without an acknowledgement e-mail", withoutAcknowledgement);
            counts.put("acknowledgement e-mails beyond the first (duplicates)", extraAcknowledgements);
            counts.put("acknowledgements for tickets no client filed", mailsForUnknownTickets);
            return counts;
        }
    }
}
