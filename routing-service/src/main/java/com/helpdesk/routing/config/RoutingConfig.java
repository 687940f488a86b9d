package com.helpdesk.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "helpdesk.routing")
public interface RoutingConfig {

    /**
     * How many candidates a decision keeps as its reasons: the best-ranked first, then those who could not
     * take the ticket and why. Bounds the size of every decision event on a large team.
     */
    @WithDefault("10")
    int reportedCandidates();

    /**
     * How many waiting tickets are looked at, in queue order, when an agent's capacity frees or they come
     * online. Tickets the freed agents cannot take (another skill or language) are passed over, so this is
     * larger than a typical capacity.
     */
    @WithDefault("50")
    int drainBatch();

    /** How many tickets of each queue {@code GET /api/v1/queues} lists (the counts cover all of them). */
    @WithDefault("50")
    int queueViewSize();
}
