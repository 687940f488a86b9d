package com.helpdesk.routing.config;

import java.time.Duration;

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

    /** How far back a queue's recent throughput (assignments per team and line) is measured for wait estimates. */
    @WithDefault("1h")
    Duration throughputWindow();

    /** Whether to create the local stack's demo teams and staff (ivan, olga, sam) at start-up if missing. */
    @WithDefault("false")
    boolean demoSeed();

    /** How often the waiting-tickets gauge is read from the database. */
    @WithDefault("15s")
    Duration queueGaugeEvery();

    /** When a waiting ticket's candidate set widens, and how often waiting tickets are looked at for it. */
    Widening widening();

    /** What an SLA breach on a ticket already with an agent leads to. */
    Breach breach();

    interface Breach {

        /**
         * Whether a breach on an assigned L1 ticket also asks for its escalation to L2 ({@code escalateTo} in
         * {@code AssignedTicketBreached}); otherwise the breach is only reported. Routing cannot escalate a
         * ticket itself: ticket-service owns the ticket and may act on the request.
         */
        @WithDefault("false")
        boolean reassignToL2();
    }

    interface Widening {

        /** After this wait, agents with a skill in the same area of the catalog count too, at half score. */
        @WithDefault("10m")
        Duration relatedSkillsAfter();

        /** After this wait, any agent of the ticket's line and team who speaks its language counts. */
        @WithDefault("30m")
        Duration generalistsAfter();

        /** How often waiting tickets past the first threshold are offered to the wider set. */
        @WithDefault("30s")
        Duration every();

        /** How many such tickets one pass looks at, longest waiting first. */
        @WithDefault("100")
        int batch();
    }
}
