package com.helpdesk.notification.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential back-off with jitter, up to a number of attempts.
 *
 * @param initialBackOff the wait after the first failure
 * @param maxBackOff     the longest wait
 * @param maxAttempts    attempts in all, the first included
 */
public record RetryPolicy(Duration initialBackOff, Duration maxBackOff, int maxAttempts) {

    public RetryPolicy {
        if (initialBackOff.isNegative() || initialBackOff.isZero() || maxBackOff.compareTo(initialBackOff) < 0) {
            throw new IllegalArgumentException("need 0 < initialBackOff <= maxBackOff");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /**
     * The wait before the next attempt after {@code attemptsMade} failed ones, or empty to give up. The wait
     * is drawn between half and all of the exponential step, so that deliveries which failed together (the
     * mail server was down) do not all come back at the same instant.
     */
    public Optional<Duration> nextAfter(int attemptsMade, RandomGenerator random) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        long step = initialBackOff.toMillis() << Math.min(Math.max(attemptsMade - 1, 0), 30);
        long capped = Math.min(step, maxBackOff.toMillis());
        return Optional.of(Duration.ofMillis(capped / 2 + random.nextLong(capped / 2 + 1)));
    }
}
