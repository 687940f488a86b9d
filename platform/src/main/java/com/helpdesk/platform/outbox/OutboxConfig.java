package com.helpdesk.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "helpdesk.outbox")
public interface OutboxConfig {

    /** Where events are published from; the CloudEvents {@code source} of everything this service emits. */
    @WithDefault("/helpdesk/${quarkus.application.name}")
    String source();

    /**
     * Shards the relay's work so that several replicas publish in parallel. A key always falls in the
     * same shard and a shard is published by one relay at a time, which keeps per-key order.
     * Changing it while events are pending may reorder those few events.
     */
    @WithDefault("4")
    int shards();

    /**
     * How long the relay waits for a commit notification before looking for unpublished events anyway.
     * Commits wake it at once, so this bounds only the latency of a missed notification.
     */
    @WithDefault("5s")
    Duration pollInterval();

    /** How many events one relay transaction publishes at most. */
    @WithDefault("500")
    int batchSize();

    /** How long to keep published rows before deleting them (the event store, not the outbox, is the history). */
    @WithDefault("P3D")
    Duration retention();

    /** Bound on how long a send may wait for Kafka metadata; keeps a relay pass short while Kafka is down. */
    @WithDefault("5s")
    Duration maxBlock();

    /** Bound on how long a sent batch may wait for acknowledgement before it is retried on the next pass. */
    @WithDefault("30s")
    Duration deliveryTimeout();
}
