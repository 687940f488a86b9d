package com.helpdesk.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks docker-compose.yml (which cannot run on machines without Docker) against the repository:
 * every service module is a compose service with its port, health-gated dependencies and every
 * environment variable it needs; the realm is mounted and imported; the topics are created.
 *
 * <p>"Needs" is derived from the configuration files where possible: each property in a service's
 * application.properties or in platform's microprofile-config.properties whose value points at
 * 127.0.0.1/localhost (a host the local stack runs) must be overridden in compose by its MicroProfile
 * environment-variable form, with a value that does not point at the container itself.
 */
class DockerComposeTest {

    /** A loopback host; not the domain of a mail address such as helpdesk@localhost (a sender, not a host). */
    private static final Set<String> INFRASTRUCTURE = Set.of("postgres", "kafka", "keycloak");

    /** Needed by every service whatever its properties say: credentials, bind address, issuer. */
    private static final List<String> ALWAYS_NEEDED = List.of(
            "HELPDESK_DB_HOST", "HELPDESK_DB_PORT", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_TOKEN_ISSUER",
            "QUARKUS_HTTP_HOST", "QUARKUS_HTTP_PORT");
    private static final List<String> MAILER = List.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_FROM");

    private static Path root;
    private static String projectVersion;
    private static Map<String, Object> compose;
    private static Map<String, Object> services;
    private static Properties platformDefaults;
    private static Map<String, Properties> serviceModules;

    @BeforeAll
    static void load() throws IOException {
        root = Repository.root();
        String pom = Files.readString(root.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>helpdesk-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).as("version of helpdesk-parent in pom.xml").isTrue();
        projectVersion = version.group(1);

        try (Reader in = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        services = map(compose.get("services"));
        platformDefaults = Repository.platformDefaults(root);
        serviceModules = Repository.serviceModules(root);
    }

    @Test
    void everyServiceModuleIsAComposeServiceWithItsImageAndPort() {
        serviceModules.forEach((module, props) -> {
            Map<String, Object> svc = service(module);
            String port = props.getProperty("quarkus.http.port");
            assertThat(svc.get("image")).as(module + " image").isEqualTo("helpdesk/" + module + ":" + projectVersion);
            assertThat(strings(svc.get("ports"))).as(module + " ports").contains(port + ":" + port);
            assertThat(String.valueOf(env(module).get("QUARKUS_HTTP_PORT"))).as(module + " QUARKUS_HTTP_PORT").isEqualTo(port);
        });
    }

    @Test
    void everyServiceWaitsForHealthyInfrastructureAndCreatedTopics() {
        for (String infra : INFRASTRUCTURE) {
            assertThat(service(infra)).as(infra + " healthcheck").containsKey("healthcheck");
        }
        serviceModules.keySet().forEach(module -> {
            Map<String, Object> dependsOn = map(service(module).get("depends_on"));
            for (String infra : INFRASTRUCTURE) {
                assertThat(dependsOn).as(module + " depends_on").containsKey(infra);
                assertThat(map(dependsOn.get(infra))).as(module + " depends_on " + infra)
                        .containsEntry("condition", "service_healthy");
            }
            assertThat(map(dependsOn.get("kafka-init"))).as(module + " depends_on kafka-init")
                    .containsEntry("condition", "service_completed_successfully");
        });
    }

    @Test
    void everyServiceGetsTheEnvironmentItsConfigurationNeeds() {
        serviceModules.forEach((module, props) -> {
            Map<String, Object> env = env(module);
            Set<String> derived = loopbackProperties(props).stream().map(DockerComposeTest::envName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(derived).as("loopback properties of " + module + " (derivation sanity)")
                    .contains("HELPDESK_DB_HOST", "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_AUTH_SERVER_URL");
            assertThat(env).as(module + " environment").containsKeys(derived.toArray(String[]::new));
            assertThat(env).as(module + " environment").containsKeys(ALWAYS_NEEDED.toArray(String[]::new));
            for (String name : derived) {
                assertThat(String.valueOf(env.get(name))).as(module + " " + name + " must reach another container")
                        .doesNotContainPattern(Repository.LOOPBACK);
            }
            assertThat(env.get("QUARKUS_HTTP_HOST")).as(module + " must listen beyond the container's loopback").isEqualTo("0.0.0.0");
            assertThat(String.valueOf(env.get("KAFKA_BOOTSTRAP_SERVERS"))).startsWith("kafka:");
            assertThat(String.valueOf(env.get("HELPDESK_DB_HOST"))).isEqualTo("postgres");
        });
        assertThat(env("notification-service")).as("notification-service mailer")
                .containsKeys(MAILER.toArray(String[]::new))
                .containsEntry("QUARKUS_MAILER_HOST", "mailpit");
        assertThat(services).containsKey("mailpit");
    }

    @Test
    void tokensIssuedToTheHostAreAcceptedByTheServices() {
        List<String> command = strings(service("keycloak").get("command"));
        String hostname = command.stream().filter(a -> a.startsWith("--hostname=")).findFirst()
                .map(a -> a.substring("--hostname=".length())).orElseThrow();
        assertThat(command).contains("--hostname-backchannel-dynamic=true", "--import-realm");
        assertThat(hostname).isEqualTo("http://localhost:8180");
        assertThat(strings(service("keycloak").get("ports"))).contains("8180:8080");
        serviceModules.keySet().forEach(module -> {
            Map<String, Object> env = env(module);
            assertThat(env.get("QUARKUS_OIDC_TOKEN_ISSUER")).as(module).isEqualTo(hostname + "/realms/helpdesk");
            assertThat(env.get("QUARKUS_OIDC_AUTH_SERVER_URL")).as(module).isEqualTo("http://keycloak:8080/realms/helpdesk");
        });
    }

    @Test
    void realmIsMountedForImportAndDefinesRolesUsersAndClients() throws IOException {
        assertThat(strings(service("keycloak").get("volumes")))
                .anyMatch(v -> v.startsWith("./deploy/keycloak/helpdesk-realm.json:/opt/keycloak/data/import/"));

        JsonNode realm = new ObjectMapper().readTree(root.resolve("deploy/keycloak/helpdesk-realm.json").toFile());
        assertThat(realm.path("realm").asText()).isEqualTo("helpdesk");
        assertThat(names(realm.path("roles").path("realm"), "name"))
                .containsExactlyInAnyOrder("customer", "agent", "supervisor", "admin", "integration");
        assertThat(names(realm.path("clients"), "clientId"))
                .contains("helpdesk-integration", "helpdesk-agent-spa", "helpdesk-cli");
        Map<String, JsonNode> users = new LinkedHashMap<>();
        realm.path("users").forEach(u -> users.put(u.path("username").asText(), u));
        assertThat(users).containsKeys("alice", "bob", "ivan", "olga", "sam", "ada");
        users.forEach((name, u) -> {
            assertThat(u.path("id").asText()).as(name + " has a fixed UUID")
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        });
        assertThat(names(users.get("sam").path("realmRoles"), null)).contains("supervisor", "agent");
        assertThat(names(users.get("ada").path("realmRoles"), null)).contains("admin", "supervisor");
    }

    @Test
    void databasesAndTopicsMatchTheServicesAndTheLocalStack() throws IOException {
        assertThat(strings(service("postgres").get("volumes")))
                .anyMatch(v -> v.startsWith("./deploy/local/postgres-init.sql:/docker-entrypoint-initdb.d/"));
        String initSql = Files.readString(root.resolve("deploy/local/postgres-init.sql"));
        String init = String.join("\n", strings(service("kafka-init").get("command")))
                + String.join("\n", strings(service("kafka-init").get("entrypoint")));
        String localStack = Files.readString(root.resolve("deploy/local/lib.sh"));
        assertThat(init).contains("--create", "--if-not-exists", "--partitions 6", "--replication-factor 1");

        Set<String> topics = new LinkedHashSet<>();
        serviceModules.forEach((module, props) -> {
            assertThat(initSql).as("postgres-init.sql creates " + module + "'s database")
                    .contains("'" + props.getProperty("helpdesk.db.name") + "'");
            topics.add("helpdesk." + module.replace("-service", "") + ".events");
            props.stringPropertyNames().stream()
                    .filter(k -> k.matches("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topic"))
                    .map(props::getProperty)
                    .filter(t -> !t.contains("${"))
                    .forEach(topics::add);
        });
        for (String topic : topics) {
            assertThat(init).as("kafka-init creates " + topic).contains(topic);
            assertThat(localStack).as("deploy/local creates " + topic).contains(topic);
        }
    }

    // ------------------------------------------------------------------------------------------

    /** Properties (the service's own plus platform's shared defaults) whose value names a loopback host. */
    private static Set<String> loopbackProperties(Properties serviceProps) {
        Set<String> keys = new TreeSet<>();
        for (Properties p : List.of(platformDefaults, serviceProps)) {
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("%")) {
                    continue; // profile-specific (test/dev) values never reach a container
                }
                if (Repository.LOOPBACK.matcher(p.getProperty(key)).find()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** MicroProfile Config's environment-variable form: non-alphanumerics to '_', upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).as("compose services").containsKey(name);
        return map(services.get(name));
    }

    private static Map<String, Object> env(String service) {
        Object env = service(service).get("environment");
        if (env instanceof List<?> list) { // list form: - NAME=value
            Map<String, Object> m = new LinkedHashMap<>();
            for (Object entry : list) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                m.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
            return m;
        }
        return map(env);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            list.forEach(e -> out.add(String.valueOf(e)));
            return out;
        }
        return List.of(String.valueOf(o));
    }

    private static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> field == null ? n.asText() : n.path(field).asText())
                .collect(Collectors.toList());
    }


}
