package com.helpdesk.notification.delivery;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.notification.config.NotificationConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * The sender. A pass turns notifications whose time has come into deliveries ({@link DeliverySource}),
 * then claims due deliveries and sends them one by one, recording each outcome. Passes run at start
 * (picking up whatever a stopped or crashed instance left), whenever a consumed event may have made
 * something due ({@link #wake()}), and otherwise at the next known due time, at most
 * {@link NotificationConfig.Sender#pollInterval()} apart.
 *
 * <p>A Vert.x timer rather than {@code @Scheduled}, whose triggers tick once a second at best: an
 * acknowledgement should leave the moment its SLA deadline is known.
 */
@ApplicationScoped
public class Dispatch {

    private static final Logger LOG = Logger.getLogger(Dispatch.class);

    private final Instance<DeliverySource> sources;
    private final Deliveries deliveries;
    private final Map<NotificationChannel, DeliveryChannel> channels = new EnumMap<>(NotificationChannel.class);
    private final NotificationConfig.Sender config;
    private final Vertx vertx;
    private final MeterRegistry metrics;
    private final AtomicBoolean passing = new AtomicBoolean();
    private volatile boolean wokenDuringPass;
    private volatile boolean running;
    private volatile long timerId = -1;

    Dispatch(Instance<DeliverySource> sources, Deliveries deliveries, Instance<DeliveryChannel> channels,
            NotificationConfig config, Vertx vertx, MeterRegistry metrics) {
        this.sources = sources;
        this.deliveries = deliveries;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.config = config.sender();
        this.vertx = vertx;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        wake();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        vertx.cancelTimer(timerId);
    }

    /** Runs a pass now, or right after the current one: something may have become due. */
    public void wake() {
        wokenDuringPass = true;
        if (running && passing.compareAndSet(false, true)) {
            vertx.cancelTimer(timerId);
            wokenDuringPass = false;
            // a context per pass: wake() is called from Kafka consumers and timers alike
            Detached.run(vertx, () -> pass()
                    .subscribe().with(this::passed, failure -> {
                        LOG.errorf(failure, "Notification pass failed; retrying in %s", config.pollInterval());
                        passed(config.pollInterval());
                    }));
        }
    }

    private void passed(Duration sleep) {
        passing.set(false);
        if (wokenDuringPass) {
            wake();
        } else if (running) {
            timerId = vertx.setTimer(Math.max(1, sleep.toMillis()), id -> wake());
        }
    }

    /** One pass; answers how long to sleep before the next. */
    Uni<Duration> pass() {
        return prepareDue()
                .chain(this::deliverDue)
                .chain(this::untilNextDue);
    }

    private Uni<Void> prepareDue() {
        return Multi.createFrom().iterable(sources)
                .onItem().transformToUniAndConcatenate(this::prepareAll)
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> prepareAll(DeliverySource source) {
        return source.prepareDue(config.batchSize())
                .chain(prepared -> prepared < config.batchSize() ? Uni.createFrom().voidItem() : prepareAll(source));
    }

    /** Claims batch after batch until one comes back short. */
    private Uni<Void> deliverDue() {
        return deliveries.claimDue(config.batchSize(), config.lease())
                .invoke(this::crashIfTestingIt)
                .chain(claimed -> Multi.createFrom().iterable(claimed)
                        .onItem().transformToUniAndConcatenate(this::deliver)
                        .collect().last()
                        .chain(() -> claimed.size() < config.batchSize() ? Uni.createFrom().voidItem() : deliverDue()));
    }

    private Uni<Void> deliver(Delivery delivery) {
        return channels.get(delivery.channel).send(delivery).onItemOrFailure().transformToUni((status, failure) -> {
            metrics.counter(failure == null ? "helpdesk.notifications.sent" : "helpdesk.notifications.failed.attempts",
                    "template", delivery.template, "channel", delivery.channel.name()).increment();
            if (failure == null) {
                return deliveries.sent(delivery, status);
            }
            var known = failure instanceof DeliveryChannel.Failure told ? told : null;
            return deliveries.attemptFailed(delivery, describe(failure), known != null && known.permanent(),
                    known == null ? 0 : known.status());
        });
    }

    private void crashIfTestingIt(List<Delivery> claimed) {
        if (config.crashAfterClaim() && !claimed.isEmpty()) {
            LOG.errorf("helpdesk.notification.sender.crash-after-claim is set: halting with %d deliveries claimed",
                    claimed.size());
            Runtime.getRuntime().halt(137);
        }
    }

    /** The earliest due time any source or pending delivery knows of, capped by the poll interval. */
    private Uni<Duration> untilNextDue() {
        Duration poll = config.pollInterval();
        return Multi.createBy().concatenating().streams(
                        Multi.createFrom().iterable(sources).onItem().transformToUniAndConcatenate(DeliverySource::untilNextDue),
                        deliveries.untilNextDue().toMulti())
                .collect().asList()
                .map(waits -> waits.stream().flatMap(Optional::stream).filter(wait -> wait.compareTo(poll) < 0)
                        .min(Duration::compareTo).orElse(poll));
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
