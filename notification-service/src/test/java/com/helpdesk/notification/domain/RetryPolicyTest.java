package com.helpdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(1), 5);

    @Test
    void waitsDoubleWithJitterUpToTheCap() {
        var random = new SplittableRandom(7);
        for (int attempt = 1; attempt < 5; attempt++) {
            long step = Math.min(2_000L << (attempt - 1), 60_000L);
            for (int i = 0; i < 100; i++) {
                assertThat(policy.nextAfter(attempt, random)).get()
                        .satisfies(wait -> assertThat(wait.toMillis()).isBetween(step / 2, step));
            }
        }
    }

    @Test
    void theCapHoldsForManyAttempts() {
        var lenient = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(1), 100);
        assertThat(lenient.nextAfter(99, new SplittableRandom(1))).get()
                .satisfies(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.nextAfter(5, new SplittableRandom(1))).isEmpty();
    }

    @Test
    void rejectsNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    }
}
