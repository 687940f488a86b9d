package com.helpdesk.platform.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time used by the processes a benchmark drives, read from the OS: this JVM, a child process such as
 * the Kafka broker, and every PostgreSQL process on the machine (which includes other clients' work, so
 * run benchmarks on an otherwise quiet machine).
 */
public final class CpuTime {

    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private CpuTime() {
    }

    public static Duration thisJvm() {
        return Duration.ofNanos(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime());
    }

    public static Duration ofProcess(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** The summed user + system time of all processes named {@code postgres} (Linux /proc). */
    public static Duration postgres() {
        return postgres(process -> true);
    }

    /**
     * Like {@link #postgres()}, but only the server's own processes and the backends serving {@code user}:
     * other clients of a shared server (another module's tests, say) are left out.
     */
    public static Duration postgresServing(String user) {
        return postgres(process -> {
            String command = commandLine(process);
            return !command.contains("(") || command.contains(": " + user + " ");
        });
    }

    private static Duration postgres(Predicate<Path> counted) {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                ticks += postgresTicks(process, counted);
            }
        } catch (IOException e) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
    }

    private static long postgresTicks(Path process, Predicate<Path> counted) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres") || !counted.test(process)) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException vanished) {
            return 0;
        }
    }

    /** A backend's command line names its user and database, e.g. {@code postgres: 15/main: helpdesk helpdesk_ticket 127.0.0.1(5432) idle}. */
    private static String commandLine(Path process) {
        try {
            return Files.readString(process.resolve("cmdline")).replace('\0', ' ');
        } catch (IOException vanished) {
            return "";
        }
    }
}
