package com.helpdesk.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's findings as markdown: printed to the test log and written to {@code target/bench/<name>.md},
 * with the machine it ran on, since figures mean little without it.
 */
public final class BenchmarkReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    public BenchmarkReport(String name, String title) {
        this.name = name;
        lines.add("# " + title);
        lines.add("");
        lines.add("Machine: %d cores, %d MiB max heap for this JVM, Java %s, %s; load average at start %s".formatted(
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("os.name"), loadAverage()));
        lines.add("");
    }

    public BenchmarkReport line(String text) {
        lines.add(text);
        return this;
    }

    /** A markdown table row (or header) from its cells. */
    public BenchmarkReport row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        lines.add(row.toString());
        return this;
    }

    /** The machine is shared: figures mean little without how busy it was (Linux /proc/loadavg). */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Prints the report and writes it; returns where. */
    public Path write() {
        String text = String.join("\n", lines) + "\n";
        System.out.println(text);
        try {
            Path file = Path.of("target", "bench", name + ".md");
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
