package com.helpdesk.system.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Latency against offered load as a small SVG line chart (log-scaled milliseconds), one line per series,
 * so the report shows where the desk stops keeping up without a plotting library.
 */
final class LatencyPlot {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 200;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;
    private static final List<String> COLOURS = List.of("#1f77b4", "#aec7e8", "#d62728", "#ff9896", "#2ca02c", "#98df8a");

    private LatencyPlot() {
    }

    /** {@code series}: name → milliseconds at each of {@code loads}, in order. */
    static Path write(Path file, List<Integer> loads, Map<String, List<Double>> series) {
        double low = Math.log10(Math.max(1, series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).min().orElse(1)));
        double high = Math.log10(series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(10));
        double floor = Math.floor(low);
        double ceiling = Math.max(Math.ceil(high), floor + 1);
        StringBuilder chart = new StringBuilder();
        chart.append(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, HEIGHT));
        chart.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        chart.append(svg("<text x=\"%d\" y=\"18\" font-size=\"14\">Latency vs offered load (log scale)</text>\n", LEFT));
        for (double decade = floor; decade <= ceiling; decade++) {
            double y = y(decade, floor, ceiling);
            chart.append(line(LEFT, y, WIDTH - RIGHT, y, "#ddd"));
            chart.append(svg("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>\n", LEFT - 6, y + 4, format(Math.pow(10, decade))));
        }
        for (int i = 0; i < loads.size(); i++) {
            double x = x(i, loads.size());
            chart.append(line(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5, "#000"));
            chart.append(svg("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d/s</text>\n", x, HEIGHT - BOTTOM + 20, loads.get(i)));
        }
        chart.append(svg("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">offered tickets per second</text>\n", (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 10));
        int colour = 0;
        for (var entry : series.entrySet()) {
            String stroke = COLOURS.get(colour % COLOURS.size());
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < entry.getValue().size(); i++) {
                double value = Math.log10(Math.max(1, entry.getValue().get(i)));
                points.append(svg("%.1f,%.1f ", x(i, loads.size()), y(value, floor, ceiling)));
            }
            chart.append(svg("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>\n", stroke, points.toString().strip()));
            int legendY = TOP + 20 * colour;
            chart.append(line(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 35, legendY, stroke));
            chart.append(svg("<text x=\"%d\" y=\"%d\">%s</text>\n", WIDTH - RIGHT + 40, legendY + 4, entry.getKey()));
            colour++;
        }
        chart.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#000")).append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#000"));
        chart.append("</svg>\n");
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double x(int index, int count) {
        return LEFT + 30 + index * (WIDTH - LEFT - RIGHT - 60.0) / Math.max(1, count - 1);
    }

    private static double y(double log, double floor, double ceiling) {
        return HEIGHT - BOTTOM - (log - floor) / (ceiling - floor) * (HEIGHT - TOP - BOTTOM);
    }

    /** SVG wants dots in numbers whatever the machine's locale. */
    private static String svg(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return svg("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n", x1, y1, x2, y2, stroke);
    }

    private static String format(double millis) {
        return millis >= 1000 ? svg("%.0fk", millis / 1000) : svg("%.0f", millis);
    }
}
