package com.helpdesk.events.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * How one agent scored for a ticket, kept with the decision so that "why this agent?" can be answered later.
 *
 * @param skillScore how well the agent's skills match the ticket, 0 to 1
 * @param loadRatio  open tickets relative to capacity at decision time
 * @param idleSince  when the agent last became free; the longest idle wins a tie
 * @param eligible   whether the agent could take the ticket at all (presence, line, capacity)
 * @param note       why an agent was not eligible, or how a tie was broken
 */
public record CandidateScore(
        String agentId,
        double skillScore,
        double loadRatio,
        Instant idleSince,
        boolean eligible,
        String note) {

    public CandidateScore {
        Objects.requireNonNull(agentId, "agentId");
    }
}
