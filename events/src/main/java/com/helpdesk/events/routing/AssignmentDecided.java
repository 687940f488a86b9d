package com.helpdesk.events.routing;

import com.helpdesk.events.EventType;
import com.helpdesk.events.ticket.SupportLine;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Routing chose an agent for the ticket and reserved their capacity. */
@EventType("helpdesk.routing.assignment-decided.v1")
public record AssignmentDecided(
        UUID decisionId,
        String agentId,
        String team,
        SupportLine line,
        List<CandidateScore> candidates,
        String reason) implements RoutingEvent {

    public AssignmentDecided {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(agentId, "agentId");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
