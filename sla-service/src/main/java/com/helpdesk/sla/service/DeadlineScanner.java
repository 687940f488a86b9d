package com.helpdesk.sla.service;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.helpdesk.sla.config.SlaConfig;
import com.helpdesk.sla.store.ClockStore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * The durable timer. Every replica runs a pass at start — which fires whatever fell due while the service was
 * down — and then sleeps until the earliest stored deadline, at most {@link SlaConfig.Timer#pollInterval()}.
 * A pass claims due clocks batch by batch ({@code FOR UPDATE SKIP LOCKED}), so replicas share the work.
 *
 * <p>Its own timer thread rather than {@code @Scheduled}: the Quarkus scheduler checks its triggers once a
 * second, too coarse to fire a breach within a second of its deadline. The thread only schedules; each pass
 * runs on a fresh Vert.x duplicated context, as Hibernate Reactive requires.
 */
@ApplicationScoped
public class DeadlineScanner {

    private static final Logger LOG = Logger.getLogger(DeadlineScanner.class);

    private final SlaClocks clocks;
    private final ClockStore store;
    private final SlaConfig config;
    private volatile ScheduledExecutorService timer;

    DeadlineScanner(SlaClocks clocks, ClockStore store, SlaConfig config) {
        this.clocks = clocks;
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "sla-deadline-timer"));
        wakeIn(timer, Duration.ZERO);
    }

    void stop(@Observes ShutdownEvent stopping) {
        timer.shutdownNow();
    }

    /** Fires everything due now, then says how long to sleep. */
    Uni<Duration> pass() {
        return fireAllDue(Instant.now())
                .chain(() -> Panache.withSession(store::nextFireAt))
                .map(this::sleepUntil);
    }

    /** Each chain of passes keeps to its own executor, so a pass finishing after a stop never outlives it. */
    private void wakeIn(ScheduledExecutorService executor, Duration delay) {
        if (executor.isShutdown()) {
            return;
        }
        executor.schedule(() -> VertxContextSupport.subscribe(() -> pass().toMulti(),
                pass -> pass.with(sleep -> wakeIn(executor, sleep), failure -> {
                    LOG.errorf(failure, "SLA timer pass failed; retrying in %s", config.timer().pollInterval());
                    wakeIn(executor, config.timer().pollInterval());
                })), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Claims batch after batch until one comes back short: nothing more is due at {@code now}. */
    private Uni<Void> fireAllDue(Instant now) {
        int batch = config.timer().batchSize();
        return clocks.fireDue(now, batch)
                .chain(claimed -> claimed < batch ? Uni.createFrom().voidItem() : fireAllDue(now));
    }

    private Duration sleepUntil(Instant next) {
        Duration poll = config.timer().pollInterval();
        if (next == null) {
            return poll;
        }
        Duration untilNext = Duration.between(Instant.now(), next);
        return untilNext.isNegative() ? Duration.ZERO : untilNext.compareTo(poll) < 0 ? untilNext : poll;
    }
}
