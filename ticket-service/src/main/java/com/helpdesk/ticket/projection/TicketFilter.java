package com.helpdesk.ticket.projection;

import java.time.Instant;
import java.util.Set;

/**
 * What a ticket list is narrowed to; null or empty means "any". {@code category} matches the category and
 * its sub-categories ({@code it} matches {@code it.access}); {@code text} is a web-search style query over
 * number, subject and description.
 */
public record TicketFilter(Set<String> statuses, Set<String> priorities, String category, String team,
        String assignee, String requester, String text, Instant createdFrom, Instant createdTo, Instant updatedFrom,
        Instant updatedTo) {

    public TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
    }
}
