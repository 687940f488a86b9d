package com.helpdesk.ticket.projection;

import java.util.Arrays;
import java.util.Optional;

/** The orders a ticket list can be paged in: each is a keyset (column, id), so a cursor stays stable. */
public enum TicketSort {
    CREATED_DESC("-createdAt", "created_at", true),
    CREATED_ASC("createdAt", "created_at", false),
    UPDATED_DESC("-updatedAt", "updated_at", true),
    UPDATED_ASC("updatedAt", "updated_at", false);

    private final String parameter;
    final String column;
    final boolean descending;

    TicketSort(String parameter, String column, boolean descending) {
        this.parameter = parameter;
        this.column = column;
        this.descending = descending;
    }

    public static Optional<TicketSort> parse(String parameter) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst();
    }

    public String parameter() {
        return parameter;
    }
}
