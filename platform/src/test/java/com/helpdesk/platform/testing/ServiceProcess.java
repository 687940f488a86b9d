package com.helpdesk.platform.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A service run from its packaged {@code target/quarkus-app/quarkus-run.jar} as a process of its own, exactly as
 * it is deployed (prod profile), with a small heap and a free HTTP port — for tests that need several replicas,
 * a crash or a shutdown, which one {@code @QuarkusTest} application cannot show. The test passes the database and
 * broker it started ({@link PostgresServer#datasource}, {@link KafkaBroker#bootstrapServers}) as configuration.
 * Its log (plain text, not the prod JSON) goes to {@code target/processes/<name>.log}.
 *
 * <p>Run such tests as {@code *IT} with failsafe, after {@code package} built the jar; the parent POM tells
 * failsafe where the jar is ({@code helpdesk.service.jar}).
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Path LOGS = Path.of("target", "processes");
    /** Longer than the services' {@code quarkus.shutdown.timeout} (30 s): a clean stop is never cut short. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(40);

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar with {@code config} as system properties (they win over application.properties). */
    public static ServiceProcess start(String name, Map<String, String> config) {
        Path jar = Path.of(System.getProperty("helpdesk.service.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged service at " + jar.toAbsolutePath() + ": run ./mvnw verify");
        }
        int port = ServerProcesses.freePort();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("quarkus.http.port", String.valueOf(port));
        settings.put("quarkus.log.console.json.enabled", "false");
        settings.putAll(config);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        try {
            Path log = Files.createDirectories(LOGS).resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            return new ServiceProcess(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the service reports itself ready: database, Kafka and its consumers up. */
    public ServiceProcess awaitReady(Duration patience) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        await(name + " ready").atMost(patience).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return this;
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still runs after " + patience + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SIGTERM, as Kubernetes stops a pod: the service shuts down by itself. The future completes with the time
     * from the signal to the exit, so the test can go on meanwhile (the load does not stop for a rollout).
     */
    public CompletableFuture<Duration> terminate() {
        long signalled = System.nanoTime();
        process.destroy();
        return process.onExit().thenApply(exited -> Duration.ofNanos(System.nanoTime() - signalled));
    }

    /** kill -9: no shutdown hook runs, the consumer says no goodbye, uncommitted offsets stay uncommitted. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The service's log so far, line by line. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path log() {
        return log;
    }

    /** Stops the service cleanly if it still runs, and kills it if it does not stop in time. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            terminate().get(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        } catch (Exception notStopped) {
            kill();
        }
    }
}
