package com.helpdesk.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server for tests: the machine's own on 127.0.0.1:5432 when it answers, otherwise a
 * throwaway cluster under {@code target/} made with the installed {@code initdb}/{@code pg_ctl} and
 * removed when the test JVM exits. Each test run gets its own fresh database from {@link #createDatabase}.
 */
public final class PostgresServer {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static PostgresServer shared;

    private final int port;
    private final Path cluster;

    private PostgresServer(int port, Path cluster) {
        this.port = port;
        this.cluster = cluster;
    }

    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = answers(5432) ? new PostgresServer(5432, null) : startThrowawayCluster();
        }
        return shared;
    }

    public int port() {
        return port;
    }

    public String user() {
        return SUPERUSER;
    }

    /** A new, empty database whose name starts with {@code prefix}. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        execute("create database " + name);
        return name;
    }

    public void dropDatabase(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The configuration that points a service (in a test or a {@link ServiceProcess}) at {@code database}. */
    public Map<String, String> datasource(String database) {
        return Map.of(
                "quarkus.datasource.reactive.url", reactiveUrl(database),
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", SUPERUSER,
                "quarkus.datasource.password", "");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private static boolean answers(int port) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                SUPERUSER, "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static PostgresServer startThrowawayCluster() {
        Path bin = installedBinaries();
        try {
            Path cluster = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "postgres-");
            int port = ServerProcesses.freePort();
            run(List.of(bin.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(), "-U", SUPERUSER,
                    "-A", "trust", "-E", "UTF8", "--no-sync"), cluster.resolve("initdb.log"));
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-w", "-l",
                    cluster.resolve("postgres.log").toString(), "-o",
                    "-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"),
                    cluster.resolve("pg_ctl.log"));
            PostgresServer server = new PostgresServer(port, cluster);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopCluster, "postgres-stop"));
            LOG.infof("No PostgreSQL on 127.0.0.1:5432; started a throwaway cluster on port %d in %s", port, cluster);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopCluster() {
        try {
            run(List.of(installedBinaries().resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(),
                    "-m", "immediate", "stop"), cluster.resolve("pg_ctl.log"));
        } finally {
            ServerProcesses.delete(cluster);
        }
    }

    private static Path installedBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL on 127.0.0.1:5432 and no initdb under /usr/lib/postgresql: "
                    + "install PostgreSQL (apt-get install postgresql) or start a server", e);
        }
    }

    private static void run(List<String> command, Path log) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
