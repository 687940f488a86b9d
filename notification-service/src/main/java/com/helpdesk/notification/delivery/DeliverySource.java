package com.helpdesk.notification.delivery;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.mutiny.Uni;

/**
 * Notifications that wait for something before they become deliveries (the acknowledgement waits for the
 * SLA deadline). {@link Dispatch} asks every source in each pass, before it sends.
 */
public interface DeliverySource {

    /** Turns up to {@code limit} notifications whose time has come into deliveries; returns how many. */
    Uni<Integer> prepareDue(int limit);

    /** How long until the next notification of this source is due, if one is waiting. */
    Uni<Optional<Duration>> untilNextDue();

    /** A wait from a query's {@code extract(epoch from due - now())}: null when nothing waits, 0 when overdue. */
    static Optional<Duration> wait(Double seconds) {
        return Optional.ofNullable(seconds).map(s -> Duration.ofMillis(Math.max(0, (long) (s * 1000))));
    }
}
