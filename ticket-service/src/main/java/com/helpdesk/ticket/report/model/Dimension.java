package com.helpdesk.ticket.report.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** What a report can be grouped by: an attribute of the ticket at the moment the counted thing happened. */
public enum Dimension {
    CATEGORY(state -> state.category()),
    CHANNEL(state -> name(state.channel())),
    PRIORITY(state -> name(state.priority())),
    TEAM(state -> state.team()),
    AGENT(state -> state.agent()),
    LINE(state -> name(state.line()));

    private final Function<TicketState, String> value;

    Dimension(Function<TicketState, String> value) {
        this.value = value;
    }

    /** The group a ticket in this state falls in; {@code null} when it has no such attribute (yet). */
    public String of(TicketState state) {
        return value.apply(state);
    }

    public String parameter() {
        return name().toLowerCase();
    }

    public static Optional<Dimension> parse(String parameter) {
        return Arrays.stream(values()).filter(d -> d.parameter().equals(parameter)).findFirst();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
