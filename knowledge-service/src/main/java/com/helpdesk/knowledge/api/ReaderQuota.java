package com.helpdesk.knowledge.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many requests one anonymous client may make per minute: a fixed-window counter per client address,
 * in memory (each replica counts its own share, which is enough to blunt scraping and floods).
 */
final class ReaderQuota {

    static final long WINDOW_MILLIS = 60_000;
    /** Past this many clients, counters of past windows are dropped so that memory stays bounded. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long start, int requests) {
    }

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ReaderQuota(int perMinute, LongSupplier clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts a request; {@code false} if the client has used up this minute's quota. */
    boolean admit(String client) {
        long start = windowStart();
        Window window = windows.compute(client, (key, old) -> old == null || old.start() != start
                ? new Window(start, 1) : new Window(start, old.requests() + 1));
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(stale -> stale.start() != start);
        }
        return window.requests() <= perMinute;
    }

    /** Seconds until the next window opens, for {@code Retry-After}. */
    long secondsToNextWindow() {
        long now = clock.getAsLong();
        return Math.max(1, (windowStart() + WINDOW_MILLIS - now + 999) / 1000);
    }

    private long windowStart() {
        long now = clock.getAsLong();
        return now - Math.floorMod(now, WINDOW_MILLIS);
    }
}
