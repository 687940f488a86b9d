package com.helpdesk.system.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * What an OpenTelemetry collector is to the services, inside the test JVM: OTLP over HTTP
 * ({@code http/protobuf}, {@code POST /v1/traces}) on a free loopback port, keeping every span it is sent
 * (the stack {@link LocalStack} starts sends only the traces a caller asked for, so they stay few).
 * OTLP/HTTP rather than the exporters' default gRPC, which needs HTTP/2 (the JDK's HTTP server speaks 1.1).
 */
public final class OtlpReceiver implements AutoCloseable {

    /** The path OTLP/HTTP exporters post spans to; Quarkus appends it to the configured endpoint. */
    private static final String TRACES = "/v1/traces";
    private static final String PROTOBUF = "application/x-protobuf";

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ExportedSpan> spans = new ConcurrentLinkedQueue<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    public static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext(TRACES, receiver::export);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to configure as the services' OTLP endpoint (without {@code /v1/traces}). */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every span received so far, in arrival order. */
    public List<ExportedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !TRACES.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            try (InputStream body = body(exchange)) {
                ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
                request.getResourceSpansList().forEach(this::keep);
            } catch (InvalidProtocolBufferException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            // All accepted: an empty ExportTraceServiceResponse, which encodes to no bytes at all.
            exchange.getResponseHeaders().set("Content-Type", PROTOBUF);
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
        return gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
    }

    private void keep(ResourceSpans resourceSpans) {
        String service = attributes(resourceSpans.getResource().getAttributesList()).get("service.name");
        resourceSpans.getScopeSpansList().forEach(scope -> scope.getSpansList()
                .forEach(span -> spans.add(exported(service, span))));
    }

    private static ExportedSpan exported(String service, Span span) {
        HexFormat hex = HexFormat.of();
        ExportedSpan.Kind kind = span.getKindValue() < ExportedSpan.Kind.values().length
                ? ExportedSpan.Kind.values()[span.getKindValue()] : ExportedSpan.Kind.UNSPECIFIED;
        return new ExportedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                hex.formatHex(span.getSpanId().toByteArray()), hex.formatHex(span.getParentSpanId().toByteArray()),
                span.getName(), kind, attributes(span.getAttributesList()));
    }

    private static Map<String, String> attributes(List<KeyValue> keyValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        keyValues.forEach(keyValue -> attributes.put(keyValue.getKey(), text(keyValue.getValue())));
        return attributes;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> String.valueOf(value.getBoolValue());
            case INT_VALUE -> String.valueOf(value.getIntValue());
            case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
            default -> value.toString().strip();
        };
    }
}
