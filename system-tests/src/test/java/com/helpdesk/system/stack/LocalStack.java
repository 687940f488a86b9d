package com.helpdesk.system.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system, started by {@code deploy/local/up} — the same command a developer runs, not a second
 * way to start it. If the stack was already up it is used as it is and left running; if this extension
 * started it, {@code deploy/local/down} stops it when the test run ends.
 *
 * <p>A stack this extension starts sends traces to the run's {@link OtlpReceiver}, but only traces a caller
 * asks for with a sampled {@code traceparent} (sample ratio 0 for traces that start in the services): the
 * journeys, the fault suite and the benchmark run untraced, and a test that wants a trace gets exactly its
 * own. A stack that was already up is switched over only by a test that needs it ({@code TracedServices}).
 */
public class LocalStack implements BeforeAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final List<String> SERVICES = List.of("ticket-service", "routing-service", "sla-service",
            "notification-service", "knowledge-service");
    private static final String OTLP_ENDPOINT = "HELPDESK_OTLP_ENDPOINT";
    /** What deploy/local/up reads from its environment to decide how the services report (traces, log format). */
    private static final List<String> OBSERVABILITY = List.of(OTLP_ENDPOINT, "HELPDESK_OTLP_PROTOCOL",
            "HELPDESK_OTLP_SAMPLE_RATIO", "HELPDESK_JSON_LOGS");

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        started(context);
    }

    /** The receiver of the traces this run's stack sends (see the class comment for which). */
    public static OtlpReceiver traces(ExtensionContext context) {
        return started(context).traces();
    }

    /** deploy/local/up's settings that send the services' sampled traces to {@code receiver} and no others. */
    public static Map<String, String> tracingTo(OtlpReceiver receiver) {
        return Map.of(OTLP_ENDPOINT, receiver.endpoint(), "HELPDESK_OTLP_PROTOCOL", "http/protobuf",
                "HELPDESK_OTLP_SAMPLE_RATIO", "0");
    }

    /**
     * deploy/local/up's observability settings ({@code HELPDESK_OTLP_*}, {@code HELPDESK_JSON_LOGS}) the
     * running services were started with: up passes its environment on to them, so theirs tells.
     */
    public static Map<String, String> observability() {
        ProcessHandle service = SERVICES.stream().map(LocalStack::running).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException("none of the services is running"));
        try {
            String environment = Files.readString(Path.of("/proc", String.valueOf(service.pid()), "environ"));
            return Arrays.stream(environment.split("\0")).map(variable -> variable.split("=", 2))
                    .filter(variable -> variable.length == 2 && OBSERVABILITY.contains(variable[0]))
                    .collect(Collectors.toMap(variable -> variable[0], variable -> variable[1]));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the environment of service process " + service.pid(), e);
        }
    }

    /** Where the running services send their traces, if anywhere. */
    public static Optional<String> otlpEndpoint() {
        return Optional.ofNullable(observability().get(OTLP_ENDPOINT));
    }

    /**
     * Stops the five services ({@code kill -TERM}, all at once) and starts them again with deploy/local/up and
     * these observability settings (unset where absent); the infrastructure keeps running.
     */
    public static void restartServices(Map<String, String> observability) {
        List<ProcessHandle> running = SERVICES.stream().map(LocalStack::running).flatMap(Optional::stream).toList();
        running.forEach(ProcessHandle::destroy);
        running.forEach(service -> service.onExit().join());
        up(observability, "deploy/local/up did not bring the services back");
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

    /**
     * {@code deploy/local/up} again: starts what is not running and waits until all is ready; a service comes
     * back with the observability settings of the others.
     */
    public static void bringBackUp() {
        up(observability(), "deploy/local/up did not bring the stack back");
    }

    private static Started started(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(LocalStack.class.getName(), key -> start(), Started.class);
    }

    private static Started start() {
        OtlpReceiver traces = OtlpReceiver.start();
        boolean alreadyUp = run("status", Map.of()).contains("ticket-service") && healthy();
        if (!alreadyUp) {
            up(tracingTo(traces), "deploy/local/up did not bring the stack up");
        }
        return new Started(!alreadyUp, traces);
    }

    private static Optional<ProcessHandle> running(String component) {
        try {
            return Optional.of(process(component));
        } catch (IllegalStateException notRunning) {
            return Optional.empty();
        }
    }

    private static void up(Map<String, String> observability, String failure) {
        String output = run("up", observability, "--no-build");
        if (!healthy()) {
            throw new IllegalStateException(failure + ":\n" + output);
        }
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

    /** Runs deploy/local/{@code script} with exactly these observability settings in its environment. */
    private static String run(String script, Map<String, String> observability, String... arguments) {
        try {
            Path log = Files.createTempFile("local-stack", ".log");
            String[] command = new String[arguments.length + 1];
            command[0] = repository().resolve("deploy/local/" + script).toString();
            System.arraycopy(arguments, 0, command, 1, arguments.length);
            ProcessBuilder builder = new ProcessBuilder(command).directory(repository().toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeAll(OBSERVABILITY);
            builder.environment().putAll(observability);
            Process process = builder.start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("deploy/local/" + script + " took longer than " + START_TIMEOUT);
            }
            return Files.readString(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Closed by JUnit after the last test: stops the stack only if this run started it, then the receiver. */
    private record Started(boolean stopWhenDone, OtlpReceiver traces) implements AutoCloseable {
        @Override
        public void close() {
            try (traces) {
                if (stopWhenDone) {
                    run("down", Map.of());
                }
            }
        }
    }
}
