package com.helpdesk.routing.domain;

import java.util.List;
import java.util.Objects;

import com.helpdesk.events.routing.CandidateScore;

/** The outcome of routing one ticket, with every candidate considered and why it ended this way. */
public sealed interface RoutingDecision {

    List<CandidateScore> candidates();

    String reason();

    /** The ticket goes to {@code agentId}, whose capacity it takes. */
    record Assign(String agentId, List<CandidateScore> candidates, String reason) implements RoutingDecision {
        public Assign {
            Objects.requireNonNull(agentId, "agentId");
            candidates = List.copyOf(candidates);
        }
    }

    /** Nobody fits now; the ticket waits in its queue. */
    record Queue(List<CandidateScore> candidates, String reason) implements RoutingDecision {
        public Queue {
            candidates = List.copyOf(candidates);
        }
    }
}
