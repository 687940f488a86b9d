package com.helpdesk.platform.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.jboss.logging.Logger;

/**
 * A real Kafka broker (KRaft, one node) in a child JVM, run from the jars that {@code tools/kafka-broker}
 * copies into its {@code target/lib} — never on the test's classpath, so the broker's Scala, Jackson and
 * logging never meet Quarkus's. One broker serves a whole Maven module run ({@link #shared()}); tests keep
 * apart by topic and group names. It can be stopped and started again on the same port and data, which is
 * how outage tests take Kafka away.
 */
public final class KafkaBroker {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static KafkaBroker shared;

    private final Path home;
    private final Path libraries;
    private final int port;
    private final int controllerPort;
    private Process process;
    private TopicPublisher publisher;

    private KafkaBroker(Path home, Path libraries, int port, int controllerPort) {
        this.home = home;
        this.libraries = libraries;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** The module's broker, started on first use and stopped when the test JVM exits. */
    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            shared = create();
            shared.format();
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stopAndDelete, "kafka-broker-stop"));
        }
        return shared;
    }

    private static KafkaBroker create() {
        Path libraries = Path.of(System.getProperty("helpdesk.kafka.lib", "../tools/kafka-broker/target/lib"));
        if (!Files.isDirectory(libraries)) {
            throw new IllegalStateException("No Kafka broker jars at " + libraries.toAbsolutePath()
                    + ": build them with ./mvnw -pl tools/kafka-broker package");
        }
        try {
            Path home = Files.createTempDirectory(Path.of("target"), "kafka-broker-");
            return new KafkaBroker(home, libraries, ServerProcesses.freePort(), ServerProcesses.freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * One publisher for all the tests on this broker, playing the other services; a producer is thread-safe and
     * reconnects after the broker comes back. Closed with the broker.
     */
    public synchronized TopicPublisher publisher() {
        if (publisher == null) {
            publisher = new TopicPublisher(bootstrapServers());
        }
        return publisher;
    }

    /** The broker's process id, to account its CPU time in benchmarks. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("The broker is not running");
        }
        return process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts (or restarts) the broker on the same port and log directory; returns once it answers. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Instant begin = Instant.now();
        process = launch("kafka.Kafka", List.of(config().toString()), home.resolve("broker.log"));
        awaitReady(begin);
        LOG.infof("Kafka broker (KRaft) up at %s in %d ms, pid %d, log %s", bootstrapServers(),
                Duration.between(begin, Instant.now()).toMillis(), process.pid(), home.resolve("broker.log"));
    }

    /** Stops the broker the way an outage would look to clients; its data stays for {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        ServerProcesses.stop(process, Duration.ofSeconds(30));
        LOG.infof("Kafka broker at %s stopped", bootstrapServers());
        process = null;
    }

    private synchronized void stopAndDelete() {
        if (publisher != null) {
            publisher.close();
        }
        stop();
        ServerProcesses.delete(home);
    }

    private void format() {
        Process storageTool = launch("kafka.tools.StorageTool",
                List.of("format", "--config", config().toString(), "--cluster-id", Uuid.randomUuid().toString(),
                        "--ignore-formatted"),
                home.resolve("format.log"));
        try {
            if (!storageTool.waitFor(60, TimeUnit.SECONDS) || storageTool.exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed; see " + home.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path config() {
        Path config = home.resolve("server.properties");
        if (Files.exists(config)) {
            return config;
        }
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + home.resolve("data").toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        try {
            return Files.writeString(config, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process launch(String mainClass, List<String> arguments, Path log) {
        Path javaHome = Path.of(System.getProperty("java.home"));
        String classpath = libraries.toAbsolutePath() + File.separator + "*" + File.pathSeparator
                + libraries.resolveSibling("config").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), "-Xmx384m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath, mainClass));
        command.addAll(arguments);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + mainClass, e);
        }
    }

    private void awaitReady(Instant begin) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (!process.isAlive() || Duration.between(begin, Instant.now()).compareTo(START_TIMEOUT) > 0) {
                        throw new IllegalStateException("Kafka broker did not start; see " + home.resolve("broker.log"),
                                notYet);
                    }
                }
            }
        }
    }

}
