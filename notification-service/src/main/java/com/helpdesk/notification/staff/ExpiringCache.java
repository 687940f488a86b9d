package com.helpdesk.notification.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Remembers loaded values for a while. A failed load is not remembered, so the next call asks again; a zero
 * time to live remembers nothing.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final Duration timeToLive;
    private final InstantSource clock;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ExpiringCache(Duration timeToLive, InstantSource clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    Uni<V> get(K key, Supplier<Uni<V>> load) {
        Entry<V> entry = entries.get(key);
        if (entry != null && clock.instant().isBefore(entry.expiresAt())) {
            return Uni.createFrom().item(entry.value());
        }
        return Uni.createFrom().deferred(() -> load.get()).invoke(value -> remember(key, value));
    }

    private void remember(K key, V value) {
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            return;
        }
        Instant now = clock.instant();
        entries.values().removeIf(stale -> !now.isBefore(stale.expiresAt())); // staff is small: a sweep costs nothing
        entries.put(key, new Entry<>(value, now.plus(timeToLive)));
    }
}
