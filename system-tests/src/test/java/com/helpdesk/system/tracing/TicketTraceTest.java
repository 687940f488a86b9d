package com.helpdesk.system.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.helpdesk.system.stack.Desk;
import com.helpdesk.system.stack.ExportedSpan;
import com.helpdesk.system.stack.Helpdesk;
import com.helpdesk.system.stack.LocalStack;

/**
 * One request to file a ticket is one trace across the whole system: ticket-service's server span, the
 * outbox relay's publish span, and on the far side of Kafka every service's handling of the event — and
 * further, ticket-service handling routing-service's decision about it. The services run as the local
 * stack runs them (separate processes, real Kafka, PostgreSQL, Keycloak) and export over OTLP to a receiver
 * in this JVM. A consumer joins the trace only if the record's {@code traceparent} header reached it, so the
 * test fails when trace context stops travelling through Kafka.
 */
@Tag("system")
@ExtendWith(LocalStack.class)
class TicketTraceTest {

    @RegisterExtension
    static final TracedServices TRACES = new TracedServices();

    /** Per service, the consumer (inbox name) that must handle the filing's events within the filing's trace. */
    private static final Map<String, String> CONSUMERS = Map.of(
            "sla-service", "sla-clock",
            "routing-service", "ticket-routing",
            "notification-service", "ticket-notifications",
            "knowledge-service", "suggestions",
            "ticket-service", "routing-decisions");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aFiledTicketIsOneTraceFromTheRequestThroughKafkaToEveryService() {
        // The filing system traces its own work: its sampled traceparent names the trace (services sample nothing else).
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);
        try (Desk desk = Desk.open("trace")) {
            String id = Helpdesk.fileWithin("00-" + traceId + "-" + callerSpanId + "-01", desk.category(),
                    desk.mailbox("customer"), "Where can I download my invoices?", "I need the PDF invoice for October");
            try {
                Trace trace = await().atMost(Duration.ofSeconds(60)).until(() -> TRACES.trace(traceId),
                        sofar -> CONSUMERS.entrySet().stream().allMatch(
                                consumer -> sofar.processedBy(consumer.getKey(), consumer.getValue()).isPresent()));

                ExportedSpan request = trace.spans().stream().filter(span -> span.kind() == ExportedSpan.Kind.SERVER
                        && callerSpanId.equals(span.parentSpanId())).findFirst()
                        .orElseThrow(() -> new AssertionError("no server span continues the caller's span in " + trace));
                assertThat(request.service()).isEqualTo("ticket-service");
                assertThat(request.attribute("http.request.method")).isEqualTo("POST");
                assertThat(request.attribute("http.route")).isEqualTo("/api/v1/tickets");

                ExportedSpan created = trace.spans().stream().filter(span -> span.kind() == ExportedSpan.Kind.PRODUCER
                        && id.equals(span.attribute("helpdesk.ticket_id"))
                        && "helpdesk.ticket.created.v1".equals(span.attribute("helpdesk.event_type"))).findFirst()
                        .orElseThrow(() -> new AssertionError("TicketCreated of " + id + " was not published in " + trace));
                assertThat(trace.ancestry(created)).as("the TicketCreated publication back to the request")
                        .extracting(ExportedSpan::service).containsOnly("ticket-service");
                assertThat(trace.ancestry(created)).last().isEqualTo(request);

                CONSUMERS.forEach((service, consumer) -> assertThat(trace.ancestry(trace.processedBy(service, consumer).orElseThrow()))
                        .as("%s's %s back to the request, in %s", service, consumer, trace)
                        .contains(created).last().isEqualTo(request));
                List<ExportedSpan> decisionApplied = trace.ancestry(trace.processedBy("ticket-service", "routing-decisions").orElseThrow());
                assertThat(decisionApplied).as("ticket-service applying routing's decision, back to the request")
                        .contains(trace.processedBy("routing-service", "ticket-routing").orElseThrow());
                assertThat(trace.services()).containsExactlyInAnyOrder(
                        "ticket-service", "routing-service", "sla-service", "notification-service", "knowledge-service");

                System.out.printf("Ticket %s, %s%n", id, trace);
            } finally {
                Helpdesk.closeQuietly(id);
            }
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
