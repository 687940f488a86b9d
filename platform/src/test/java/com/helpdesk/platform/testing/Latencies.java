package com.helpdesk.platform.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

/** A benchmark's measured durations, sorted once, read as percentiles (nearest-rank). */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    public static Latencies ofNanos(long[] nanos) {
        return new Latencies(nanos);
    }

    public static Latencies ofNanos(Collection<Long> nanos) {
        return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The smallest duration that {@code percent} % of the samples do not exceed. */
    public Duration percentile(double percent) {
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("No samples");
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return Duration.ofNanos(sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))]);
    }

    public Duration max() {
        return percentile(100);
    }

    /** Milliseconds with two decimals, for report tables. */
    public static String millis(Duration duration) {
        return "%.2f".formatted(duration.toNanos() / 1e6);
    }
}
