package com.helpdesk.platform.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One trace from a REST request through the outbox relay, Kafka, a consumer that reacts through its own
 * outbox, Kafka again, to the next consumer — each hop a child of the one before, although the relay
 * publishes on its own thread long after the request's span ended.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class TracePropagationTest {

    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    private static final AttributeKey<String> TICKET = AttributeKey.stringKey(LogContext.TICKET_ID_ATTRIBUTE);

    @Inject
    InMemorySpanExporter exporter;

    @Test
    void aRequestsTraceRunsThroughTheOutboxAndKafkaToEveryConsumerAndOn() {
        String ticket = UUID.randomUUID().toString();
        given().queryParam("correlationId", UUID.randomUUID().toString())
                .post("/fixture/tickets/{ticketId}/reopen", ticket).then().statusCode(202);

        SpanData request = await().atMost(Duration.ofSeconds(30)).until(
                () -> find(span -> span.getKind() == SpanKind.SERVER && ticket.equals(span.getAttributes().get(TICKET))),
                Optional::isPresent).orElseThrow();
        String trace = request.getTraceId();
        SpanData routingProcessed = await().atMost(Duration.ofSeconds(30)).until(
                () -> processed(trace, "traced-routing"), Optional::isPresent).orElseThrow();

        SpanData ticketPublished = inTrace(trace, SpanKind.PRODUCER, "helpdesk.ticket.events").orElseThrow();
        SpanData ticketReceived = received(trace, "helpdesk.ticket.events").orElseThrow();
        SpanData ticketProcessed = processed(trace, "traced-tickets").orElseThrow();
        SpanData routingPublished = inTrace(trace, SpanKind.PRODUCER, "helpdesk.routing.events").orElseThrow();
        SpanData routingReceived = received(trace, "helpdesk.routing.events").orElseThrow();

        assertThat(ticketPublished.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(ticketReceived.getParentSpanId()).isEqualTo(ticketPublished.getSpanId());
        assertThat(ticketProcessed.getParentSpanId()).isEqualTo(ticketReceived.getSpanId());
        assertThat(routingPublished.getParentSpanId()).isEqualTo(ticketProcessed.getSpanId());
        assertThat(routingReceived.getParentSpanId()).isEqualTo(routingPublished.getSpanId());
        assertThat(routingProcessed.getParentSpanId()).isEqualTo(routingReceived.getSpanId());
        assertThat(List.of(ticketPublished, ticketProcessed, routingPublished, routingProcessed))
                .allSatisfy(span -> assertThat(span.getAttributes().get(TICKET)).isEqualTo(ticket));
    }

    /** SmallRye Kafka's span of a polled record: it continues the record's traceparent. */
    private Optional<SpanData> received(String trace, String topic) {
        return inTrace(trace, SpanKind.CONSUMER, topic);
    }

    /** The inbox's span of one consumer handling an event. */
    private Optional<SpanData> processed(String trace, String consumer) {
        return find(span -> span.getTraceId().equals(trace) && consumer.equals(span.getAttributes().get(GROUP)));
    }

    private Optional<SpanData> inTrace(String trace, SpanKind kind, String topic) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(trace)
                && span.getKind() == kind && topic.equals(span.getAttributes().get(DESTINATION))
                && !"process".equals(span.getAttributes().get(OPERATION))).findFirst();
    }

    private Optional<SpanData> find(java.util.function.Predicate<SpanData> which) {
        return exporter.getFinishedSpanItems().stream().filter(which).findFirst();
    }
}
