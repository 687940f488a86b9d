package com.helpdesk.system.tracing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.helpdesk.system.stack.ExportedSpan;

/** The spans of one trace, whichever services exported them, and how they hang together. */
public final class Trace {

    /** Set on the inbox's span of one consumer handling one event (SmallRye Kafka's receive span has "receive"). */
    private static final String OPERATION = "messaging.operation.type";
    private static final String CONSUMER = "messaging.consumer.group.name";

    private final String id;
    private final Map<String, ExportedSpan> bySpanId;

    private Trace(String id, Collection<ExportedSpan> spans) {
        this.id = id;
        this.bySpanId = spans.stream().collect(Collectors.toMap(ExportedSpan::spanId, Function.identity(), (a, b) -> a));
    }

    /** The spans of {@code traceId} among those received. */
    public static Trace of(String traceId, Collection<ExportedSpan> received) {
        return new Trace(traceId, received.stream().filter(span -> span.traceId().equals(traceId)).toList());
    }

    public String id() {
        return id;
    }

    public Collection<ExportedSpan> spans() {
        return bySpanId.values();
    }

    /** The {@code service.name}s that contributed spans. */
    public Set<String> services() {
        return spans().stream().map(ExportedSpan::service).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The span in which {@code service}'s consumer {@code consumer} (inbox name, e.g. {@code sla-clock}) handled an event. */
    public Optional<ExportedSpan> processedBy(String service, String consumer) {
        return spans().stream().filter(span -> span.service().equals(service)
                && "process".equals(span.attribute(OPERATION)) && consumer.equals(span.attribute(CONSUMER))).findFirst();
    }

    /** The span, its parent, the parent's parent, ... as far as parents are among this trace's spans. */
    public List<ExportedSpan> ancestry(ExportedSpan span) {
        List<ExportedSpan> chain = new ArrayList<>();
        for (ExportedSpan at = span; at != null && !chain.contains(at); at = bySpanId.get(at.parentSpanId())) {
            chain.add(at);
        }
        return chain;
    }

    /** The trace as a tree: each span under its parent; spans whose parent was not received at the top. */
    @Override
    public String toString() {
        StringBuilder tree = new StringBuilder("trace " + id + ": " + bySpanId.size() + " spans from " + services() + "\n");
        spans().stream().filter(span -> !bySpanId.containsKey(span.parentSpanId())).sorted(Comparator.comparing(ExportedSpan::name))
                .forEach(top -> draw(top, 1, tree));
        return tree.toString();
    }

    private void draw(ExportedSpan span, int depth, StringBuilder tree) {
        tree.append("  ".repeat(depth)).append(span.kind()).append(' ').append(span.name()).append("  [")
                .append(span.service()).append("]\n");
        spans().stream().filter(child -> child.parentSpanId().equals(span.spanId())).sorted(Comparator.comparing(ExportedSpan::name))
                .forEach(child -> draw(child, depth + 1, tree));
    }
}
