package com.helpdesk.events.routing;

import com.helpdesk.events.EventType;
import com.helpdesk.events.ticket.SupportLine;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Nobody fits right now; the ticket waits in the team's queue, ordered by priority and SLA deadline. */
@EventType("helpdesk.routing.ticket-queued.v1")
public record TicketQueued(
        UUID decisionId,
        String team,
        SupportLine line,
        List<CandidateScore> candidates,
        String reason) implements RoutingEvent {

    public TicketQueued {
        Objects.requireNonNull(decisionId, "decisionId");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
