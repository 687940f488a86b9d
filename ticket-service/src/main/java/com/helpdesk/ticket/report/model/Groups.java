package com.helpdesk.ticket.report.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Accumulators per group value, in the order reports list them: by name, the ticket without the attribute
 * (e.g. not yet assigned) last. Without a dimension everything falls in the one group {@code null}.
 */
public final class Groups<A> {

    private final Dimension dimension;
    private final Supplier<A> fresh;
    private final Map<String, A> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));

    public Groups(Dimension dimension, Supplier<A> fresh) {
        this.dimension = dimension;
        this.fresh = fresh;
    }

    /** The accumulator of the group a ticket in {@code state} belongs to. */
    public A of(TicketState state) {
        return groups.computeIfAbsent(dimension == null ? null : dimension.of(state), group -> fresh.get());
    }

    public <R> List<R> rows(BiFunction<String, A, R> row) {
        return groups.entrySet().stream().map(entry -> row.apply(entry.getKey(), entry.getValue())).toList();
    }
}
