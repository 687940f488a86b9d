package com.helpdesk.system.stack;

import java.util.Map;

/**
 * One span as a service exported it over OTLP: which service ({@code service.name} of its resource), where
 * it sits in its trace (ids in lowercase hex, as in a {@code traceparent}; no parent for a trace's first
 * span), and its attributes as text.
 */
public record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
        Kind kind, Map<String, String> attributes) {

    /** OTLP's span kinds (a span's role in the call: server, client, producer, consumer, internal). */
    public enum Kind { UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER }

    public String attribute(String key) {
        return attributes.get(key);
    }

    public boolean hasParent() {
        return !parentSpanId.isEmpty();
    }

    @Override
    public String toString() {
        return service + " " + kind + " '" + name + "' " + spanId + " <- " + (hasParent() ? parentSpanId : "(root)");
    }
}
