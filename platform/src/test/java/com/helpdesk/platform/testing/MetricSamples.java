package com.helpdesk.platform.testing;

import java.util.Arrays;

/**
 * Reads samples from a Prometheus text exposition ({@code /q/metrics}). A sample line is
 * {@code name{labels} value}, possibly followed by an exemplar ({@code # {trace_id=…} value timestamp})
 * once OpenTelemetry is on the classpath — so the value is the first token after the series, not the last.
 */
public final class MetricSamples {

    private MetricSamples() {
    }

    /** The value of exactly this series (e.g. {@code x_total{outcome="queued"}}); 0 if it is not there yet. */
    public static double value(String exposition, String series) {
        return exposition.lines().filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> firstToken(line.substring(series.length() + 1))).findFirst().orElse(0);
    }

    /** The sum over the series of {@code name} whose labels contain every one of {@code labels}. */
    public static double sum(String exposition, String name, String... labels) {
        return exposition.lines().filter(line -> line.startsWith(name + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> firstToken(line.substring(line.indexOf("} ") + 2)))
                .sum();
    }

    private static double firstToken(String rest) {
        return Double.parseDouble(rest.strip().split(" ", 2)[0]);
    }
}
