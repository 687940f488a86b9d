package com.helpdesk.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** An outbox row waiting for publication, exactly as it goes to Kafka. */
record PendingEvent(long id, String topic, String key, Map<String, String> headers, String payload) {

    ProducerRecord<String, byte[]> toRecord() {
        var kafkaHeaders = new RecordHeaders();
        headers.forEach((name, value) -> kafkaHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8), kafkaHeaders);
    }
}
