package com.helpdesk.ticket.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Mean, median and 90th percentile of durations in seconds. Percentiles are nearest-rank: the value at
 * rank {@code ceil(p/100 × n)} of the sorted values, so every figure is one that was observed and a
 * reader can check it by hand; the mean is rounded half up to whole seconds. All {@code null} for no values.
 */
public record DurationStats(Long meanSeconds, Long medianSeconds, Long p90Seconds) {

    public static DurationStats of(List<Long> seconds) {
        if (seconds.isEmpty()) {
            return new DurationStats(null, null, null);
        }
        List<Long> sorted = seconds.stream().sorted().toList();
        long sum = sorted.stream().mapToLong(Long::longValue).sum();
        long mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(sorted.size()), 0, RoundingMode.HALF_UP).longValue();
        return new DurationStats(mean, percentile(sorted, 50), percentile(sorted, 90));
    }

    /** Nearest-rank percentile of already sorted values. */
    public static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty() || percent < 1 || percent > 100) {
            throw new IllegalArgumentException("need values and 1 <= percent <= 100");
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(rank - 1);
    }
}
