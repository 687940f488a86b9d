package com.helpdesk.platform.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Log lines written while a request about a ticket, or an event about it, is handled carry the ticket id,
 * the correlation id (events) and the trace id in their MDC: the fields of a JSON log line in prod.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class LogContextTest {

    private static final Logger FIXTURE = Logger.getLogger("com.helpdesk.platform.fixture");
    private final List<Map<String, String>> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            var mdc = new java.util.HashMap<>(((ExtLogRecord) record).getMdcCopy());
            mdc.put("message", ((ExtLogRecord) record).getFormattedMessage());
            lines.add(mdc);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        FIXTURE.addHandler(capture);
    }

    @AfterEach
    void release() {
        FIXTURE.removeHandler(capture);
    }

    @Test
    void requestAndEventHandlingLogTheTicketTheCorrelationAndTheTrace() {
        String ticket = UUID.randomUUID().toString();
        String correlation = UUID.randomUUID().toString();
        given().queryParam("correlationId", correlation)
                .post("/fixture/tickets/{ticketId}/reopen", ticket).then().statusCode(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream()
                .anyMatch(line -> line.get("message").startsWith("Applied") && ticket.equals(line.get(LogContext.TICKET_ID))));

        var request = line("Reopening", ticket);
        var reaction = line("Queueing", ticket);
        var applied = line("Applied", ticket);
        assertThat(request.get("traceId")).isNotBlank();
        assertThat(List.of(reaction, applied)).allSatisfy(line -> {
            assertThat(line).containsEntry(LogContext.CORRELATION_ID, correlation);
            assertThat(line).containsEntry("traceId", request.get("traceId"));
            assertThat(line.get("spanId")).isNotBlank();
        });
        // nothing of this ticket sticks to later, unrelated log lines of the same event loop
        assertThat(lines.stream().filter(line -> line.get("message").startsWith("Reopening")))
                .allSatisfy(line -> assertThat(line).doesNotContainKey(LogContext.CORRELATION_ID));
    }

    private Map<String, String> line(String prefix, String ticket) {
        return lines.stream()
                .filter(line -> line.get("message").startsWith(prefix) && ticket.equals(line.get(LogContext.TICKET_ID)))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + prefix + "' line for " + ticket + " in " + lines));
    }
}
