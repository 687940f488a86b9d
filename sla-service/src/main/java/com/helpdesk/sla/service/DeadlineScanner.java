package com.helpdesk.sla.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.sla.config.SlaConfig;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The durable timer: every replica polls for clocks whose next warning or breach fell due. The first pass runs
 * at start, which is how deadlines that passed while the service was down still fire.
 */
@ApplicationScoped
public class DeadlineScanner {

    private final SlaClocks clocks;
    private final SlaConfig config;

    DeadlineScanner(SlaClocks clocks, SlaConfig config) {
        this.clocks = clocks;
        this.config = config;
    }

    @Scheduled(every = "${helpdesk.sla.timer.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scan() {
        return fireAllDue(Instant.now());
    }

    /** Claims batch after batch until one comes back short: nothing more is due at {@code now}. */
    Uni<Void> fireAllDue(Instant now) {
        int batch = config.timer().batchSize();
        return clocks.fireDue(now, batch)
                .chain(claimed -> claimed < batch ? Uni.createFrom().voidItem() : fireAllDue(now));
    }
}
