package com.helpdesk.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak serving the helpdesk realm ({@code deploy/keycloak/helpdesk-realm.json}), for tests that need the
 * identity source itself, not just tokens. One server serves a whole Maven module run ({@link #shared()}) and stops
 * when the test JVM exits; tests keep apart by the users they add.
 *
 * <p>It runs {@code kc.sh start-dev} from the distribution deploy/local uses ({@code <repo>/.local/keycloak-<version>},
 * unpacked from the local Maven repository when missing), on a free loopback port, with the same build options as
 * deploy/local (so neither makes the other rebuild the shared install) but its data in memory, and creates the realm
 * through the Admin API rather than {@code --import-realm}, whose directory belongs to the install. With
 * {@code -Dhelpdesk.keycloak.url=http://127.0.0.1:8180} it uses an already running Keycloak instead (the local stack's,
 * admin/admin), creating the realm only if it is missing.
 */
public final class KeycloakServer {

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final String ADMIN = "admin";
    private static KeycloakServer shared;

    private final URI baseUrl;
    private final String realm;
    private final Process process;
    private final Path work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private KeycloakServer(URI baseUrl, String realm, Process process, Path work) {
        this.baseUrl = baseUrl;
        this.realm = realm;
        this.process = process;
        this.work = work;
    }

    /** The module's Keycloak, started (or found) on first use, with the realm in it. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            Path realmFile = Path.of(System.getProperty("helpdesk.keycloak.realm", "../deploy/keycloak/helpdesk-realm.json"));
            String external = System.getProperty("helpdesk.keycloak.url");
            shared = external == null || external.isBlank() ? start(realmFile) : new KeycloakServer(URI.create(external),
                    realmName(realmFile), null, null);
            shared.ensureRealm(realmFile);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "keycloak-stop"));
        }
        return shared;
    }

    /** E.g. {@code http://127.0.0.1:41234/realms/helpdesk}: the issuer of the realm's tokens. */
    public URI realmUrl() {
        return baseUrl.resolve("/realms/" + realm);
    }

    /** The realm's Admin API, e.g. {@code http://127.0.0.1:41234/admin/realms/helpdesk}. */
    public URI adminUrl() {
        return baseUrl.resolve("/admin/realms/" + realm);
    }

    /** A fresh token of the master realm's admin, for the Admin API. */
    public String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password=" + ADMIN;
        HttpResponse<String> answer = send(HttpRequest.newBuilder(baseUrl.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the admin login: HTTP " + answer.statusCode() + " " + answer.body());
        }
        try {
            return json.readTree(answer.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeycloakServer start(Path realmFile) {
        Path home = Path.of(System.getProperty("helpdesk.keycloak.home", "../.local/keycloak-26.7.3"));
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            unpack(home);
        }
        try {
            int port = ServerProcesses.freePort();
            Path work = Files.createTempDirectory(Path.of("target"), "keycloak-").toAbsolutePath();
            URI baseUrl = URI.create("http://127.0.0.1:" + port);
            List<String> command = List.of("bash", home.resolve("bin/kc.sh").toAbsolutePath().toString(), "start-dev",
                    // deploy/local's build options (dev-file database, no health or metrics): the install is not rebuilt
                    "--health-enabled=false", "--metrics-enabled=false",
                    "--db-url=jdbc:h2:mem:helpdesk-tests;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + baseUrl);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("keycloak.log").toFile()));
            builder.environment().putAll(Map.of(
                    "JAVA_HOME", System.getProperty("java.home"),
                    "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                    "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN,
                    "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                    // the install's data/ belongs to deploy/local's Keycloak
                    "JAVA_OPTS_APPEND", "-Dquarkus.transaction-manager.object-store.directory=" + work.resolve("transaction-logs")));
            Instant begin = Instant.now();
            KeycloakServer server = new KeycloakServer(baseUrl, realmName(realmFile), builder.start(), work);
            server.awaitReady();
            LOG.infof("Keycloak up at %s in %d ms, log %s", baseUrl, Duration.between(begin, Instant.now()).toMillis(),
                    work.resolve("keycloak.log"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
        }
    }

    /** Unpacks the distribution Maven resolved, as deploy/local/up does, beside the install it expects. */
    private static void unpack(Path home) {
        Path dist = Path.of(System.getProperty("helpdesk.keycloak.dist", System.getProperty("user.home")
                + "/.m2/repository/org/keycloak/keycloak-quarkus-dist/26.7.3/keycloak-quarkus-dist-26.7.3.tar.gz"));
        if (!Files.isRegularFile(dist)) {
            throw new IllegalStateException("No Keycloak distribution at " + dist + ": run ./mvnw -B -N dependency:get "
                    + "-Dartifact=org.keycloak:keycloak-quarkus-dist:26.7.3:tar.gz -Dtransitive=false");
        }
        try {
            Files.createDirectories(home.getParent());
            Process tar = new ProcessBuilder("tar", "-xzf", dist.toString(), "-C", home.getParent().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0 || !Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("Unpacking " + dist + " did not give " + home);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        HttpRequest probe = HttpRequest.newBuilder(baseUrl.resolve("/realms/master/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        boolean up;
        try {
            Awaitility.await("Keycloak at " + baseUrl).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .until(() -> !process.isAlive() || answers(probe));
            up = process.isAlive();
        } catch (ConditionTimeoutException e) {
            up = false;
        }
        if (!up) {
            stop();
            throw new IllegalStateException("Keycloak did not start; see " + work.resolve("keycloak.log"));
        }
    }

    private boolean answers(HttpRequest probe) {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Creates the realm from the export unless it exists: the Admin API's create is what import does. */
    private void ensureRealm(Path realmFile) {
        String token = adminToken();
        HttpResponse<String> existing = send(HttpRequest.newBuilder(adminUrl()).header("Authorization", "Bearer " + token)
                .GET().build());
        if (existing.statusCode() == 200) {
            return;
        }
        try {
            HttpResponse<String> created = send(HttpRequest.newBuilder(baseUrl.resolve("/admin/realms"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(realmFile)).build());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Keycloak refused realm " + realmFile + ": HTTP " + created.statusCode()
                        + " " + created.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        ServerProcesses.stop(process, Duration.ofSeconds(30)); // kc.sh passes SIGTERM on to the JVM
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        ServerProcesses.delete(work);
    }

    private static String realmName(Path realmFile) {
        try {
            return new ObjectMapper().readTree(realmFile.toFile()).get("realm").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm export " + realmFile, e);
        }
    }
}
