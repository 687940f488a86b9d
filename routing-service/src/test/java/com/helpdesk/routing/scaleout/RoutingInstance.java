package com.helpdesk.routing.scaleout;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One routing-service process, run from the packaged {@code target/quarkus-app/quarkus-run.jar} exactly as it
 * is deployed (prod profile), with a small heap. Its log goes to {@code target/scaleout/<name>.log}.
 */
final class RoutingInstance implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("helpdesk.routing.jar", "target/quarkus-app/quarkus-run.jar"));

    private final String name;
    private final int port;
    private final Process process;

    private RoutingInstance(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts the jar with {@code config} as system properties, on a free HTTP port. */
    static RoutingInstance start(String name, Map<String, String> config) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No packaged service at " + JAR.toAbsolutePath() + ": run ./mvnw package first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=" + port));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        try {
            Path log = Files.createDirectories(Path.of("target", "scaleout")).resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            return new RoutingInstance(name, port, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the instance reports itself ready: database, Kafka and its consumers up. */
    RoutingInstance awaitReady(Duration patience) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        await(name + " ready").atMost(patience).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see target/scaleout/" + name + ".log");
            }
            try {
                return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return this;
    }

    /** kill -9: no shutdown hook runs, the consumer leaves no goodbye, uncommitted offsets stay uncommitted. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
