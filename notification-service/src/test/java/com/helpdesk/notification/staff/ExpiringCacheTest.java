package com.helpdesk.notification.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class ExpiringCacheTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final InstantSource clock = () -> now;
    private final AtomicInteger loads = new AtomicInteger();

    private Uni<String> load() {
        return Uni.createFrom().item(() -> "answer " + loads.incrementAndGet());
    }

    @Test
    void anAnswerIsReusedUntilItExpires() {
        var cache = new ExpiringCache<String, String>(Duration.ofMinutes(5), clock);
        assertThat(cache.get("ivan", this::load).await().indefinitely()).isEqualTo("answer 1");
        now = now.plus(Duration.ofMinutes(4));
        assertThat(cache.get("ivan", this::load).await().indefinitely()).isEqualTo("answer 1");
        now = now.plus(Duration.ofMinutes(1));
        assertThat(cache.get("ivan", this::load).await().indefinitely()).isEqualTo("answer 2");
    }

    @Test
    void keysAreCachedApart() {
        var cache = new ExpiringCache<String, String>(Duration.ofMinutes(5), clock);
        cache.get("ivan", this::load).await().indefinitely();
        assertThat(cache.get("olga", this::load).await().indefinitely()).isEqualTo("answer 2");
    }

    @Test
    void aFailedLoadIsNotRemembered() {
        var cache = new ExpiringCache<String, String>(Duration.ofMinutes(5), clock);
        assertThatThrownBy(() -> cache.get("ivan", () -> Uni.createFrom().failure(new IllegalStateException("down")))
                .await().indefinitely()).hasMessage("down");
        assertThat(cache.get("ivan", this::load).await().indefinitely()).isEqualTo("answer 1");
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        var cache = new ExpiringCache<String, String>(Duration.ZERO, clock);
        cache.get("ivan", this::load).await().indefinitely();
        assertThat(cache.get("ivan", this::load).await().indefinitely()).isEqualTo("answer 2");
    }
}
