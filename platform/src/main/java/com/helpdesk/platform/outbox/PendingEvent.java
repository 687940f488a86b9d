package com.helpdesk.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;

/** An outbox row waiting for publication, exactly as it goes to Kafka. */
record PendingEvent(long id, String topic, String key, Map<String, String> headers, String payload, TraceContext trace) {

    private static final TextMapSetter<Headers> TO_HEADERS = (headers, name, value) ->
            headers.remove(name).add(name, value.getBytes(StandardCharsets.UTF_8));

    /**
     * The record with the CloudEvents headers and the W3C {@code traceparent}/{@code tracestate} of
     * {@code publishing} (the relay's span, a child of the writer's), where SmallRye Kafka consumers
     * pick up the trace. CloudEvents' distributed-tracing extension names the same header.
     */
    ProducerRecord<String, byte[]> toRecord(Context publishing) {
        var kafkaHeaders = new RecordHeaders();
        headers.forEach((name, value) -> kafkaHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
        W3CTraceContextPropagator.getInstance().inject(publishing, kafkaHeaders, TO_HEADERS);
        return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8), kafkaHeaders);
    }
}
