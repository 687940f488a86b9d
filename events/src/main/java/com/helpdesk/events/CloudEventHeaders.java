package com.helpdesk.events;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The envelope as Kafka headers, in the CloudEvents Kafka protocol binding's binary content mode: context
 * attributes become {@code ce_*} headers and the record value is the event data alone. Consumers can
 * thus filter on {@code ce_type} without parsing the value.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String STREAM_VERSION = "ce_streamversion";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String ACTOR = "ce_actor";
    public static final String CONTENT_TYPE = "content-type";

    private static final String CLOUDEVENTS_1_0 = "1.0";
    private static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /**
     * The headers for an envelope, in a fixed order. The outbox stores this map and its relay copies it onto
     * the record unchanged, so what a consumer sees is decided here, at the time of writing.
     */
    public static Map<String, String> of(EventEnvelope<?> envelope, EventCodec codec) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, CLOUDEVENTS_1_0);
        headers.put(ID, envelope.id().toString());
        headers.put(TYPE, codec.typeOf(envelope.data()));
        headers.put(SOURCE, envelope.source().toString());
        headers.put(SUBJECT, envelope.subject());
        headers.put(TIME, envelope.time().toString());
        headers.put(STREAM_VERSION, Long.toString(envelope.streamVersion()));
        headers.put(CORRELATION_ID, envelope.correlationId().toString());
        if (envelope.causationId() != null) {
            headers.put(CAUSATION_ID, envelope.causationId().toString());
        }
        headers.put(ACTOR, envelope.actor());
        headers.put(CONTENT_TYPE, JSON);
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Rebuilds the envelope of a consumed record.
     *
     * @throws UnknownEventTypeException if {@code ce_type} is not registered in {@code codec}
     * @throws UnreadableEventException  if a header is missing or invalid (the message names it), or the
     *                                   value cannot be read as that type
     */
    public static EventEnvelope<HelpdeskEvent> read(Headers headers, byte[] value, EventCodec codec) {
        String specVersion = required(headers, SPEC_VERSION);
        if (!CLOUDEVENTS_1_0.equals(specVersion)) {
            throw new UnreadableEventException("unsupported " + SPEC_VERSION + " '" + specVersion + "'");
        }
        UUID id = parsed(headers, ID, UUID::fromString);
        URI source = parsed(headers, SOURCE, URI::create);
        String subject = required(headers, SUBJECT);
        Instant time = parsed(headers, TIME, Instant::parse);
        long streamVersion = parsed(headers, STREAM_VERSION, CloudEventHeaders::streamVersion);
        UUID correlationId = parsed(headers, CORRELATION_ID, UUID::fromString);
        UUID causationId = headers.lastHeader(CAUSATION_ID) == null ? null : parsed(headers, CAUSATION_ID, UUID::fromString);
        String actor = required(headers, ACTOR);
        HelpdeskEvent data = codec.decode(required(headers, TYPE), value);
        return new EventEnvelope<>(id, source, subject, time, streamVersion, correlationId, causationId, actor, data);
    }

    private static long streamVersion(String value) {
        long version = Long.parseLong(value);
        if (version < 0) {
            throw new IllegalArgumentException("negative");
        }
        return version;
    }

    private static String required(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            throw new UnreadableEventException("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static <T> T parsed(Headers headers, String name, Function<String, T> parser) {
        String value = required(headers, name);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new UnreadableEventException("invalid header " + name + " '" + value + "'", e);
        }
    }
}
