package com.helpdesk.system.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system, started by {@code deploy/local/up} — the same command a developer runs, not a second
 * way to start it. If the stack was already up it is used as it is and left running; if this extension
 * started it, {@code deploy/local/down} stops it when the test run ends.
 */
public class LocalStack implements BeforeAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(LocalStack.class.getName(), key -> start(), Started.class);
    }

    /** The checkout the stack runs from (tests run in the system-tests module's directory). */
    public static Path repository() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** The process {@code deploy/local/up} started for a component, e.g. {@code ticket-service} or {@code kafka}. */
    public static ProcessHandle process(String component) {
        try {
            long pid = Long.parseLong(Files.readString(repository().resolve(".local/pids/" + component + ".pid")).strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(component + " (pid " + pid + ") is not running"));
        } catch (IOException e) {
            throw new IllegalStateException(component + " was not started by deploy/local/up", e);
        }
    }

    /** {@code kill -9}: the component gets no chance to finish anything. */
    public static void kill(String component) {
        ProcessHandle process = process(component);
        process.destroyForcibly();
        process.onExit().join();
    }

    /** {@code kill -TERM}, and waits until the component has shut down. */
    public static void stop(String component) {
        ProcessHandle process = process(component);
        process.destroy();
        process.onExit().join();
    }

    /** {@code deploy/local/up} again: starts what is not running and waits until all is ready. */
    public static void bringBackUp() {
        String output = run(repository(), "up", "--no-build");
        if (!healthy()) {
            throw new IllegalStateException("deploy/local/up did not bring the stack back:\n" + output);
        }
    }

    private static Started start() {
        Path repository = repository();
        boolean alreadyUp = run(repository, "status").contains("ticket-service") && healthy();
        if (!alreadyUp) {
            String output = run(repository, "up", "--no-build");
            if (!healthy()) {
                throw new IllegalStateException("deploy/local/up did not bring the stack up:\n" + output);
            }
        }
        return new Started(repository, !alreadyUp);
    }

    private static boolean healthy() {
        for (int port = 8081; port <= 8085; port++) {
            try {
                var connection = (java.net.HttpURLConnection) java.net.URI.create(
                        "http://127.0.0.1:" + port + "/q/health/ready").toURL().openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() != 200) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static String run(Path repository, String... command) {
        try {
            Path log = Files.createTempFile("local-stack", ".log");
            String[] full = new String[command.length];
            full[0] = repository.resolve("deploy/local/" + command[0]).toString();
            System.arraycopy(command, 1, full, 1, command.length - 1);
            Process process = new ProcessBuilder(full).directory(repository.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("deploy/local/" + command[0] + " took longer than " + START_TIMEOUT);
            }
            return Files.readString(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Closed by JUnit after the last test: stops the stack only if this run started it. */
    private record Started(Path repository, boolean stopWhenDone) implements AutoCloseable {
        @Override
        public void close() {
            if (stopWhenDone) {
                run(repository, "down");
            }
        }
    }
}
