package com.helpdesk.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Invariants of the Kustomize manifests in deploy/k8s, read as YAML (no kubectl, no cluster).
 *
 * <p>The services' own configuration is the reference: a service module is a reactor module with
 * {@code quarkus.http.port}; the topics it consumes are its {@code mp.messaging.incoming.*.topic}, its
 * dead-letter topics its {@code *.dead-letter-queue.topic}; the event topics are the names in the events
 * module's {@code Topic} enum. Each invariant is checked for the base and for every overlay, whose
 * effective resources this test computes itself (strategic-merge patches, JSON 6902 patches with a
 * target, configMapGenerator merges) — {@link #overlaysRenderTheSameWithKubectl} cross-checks that
 * computation against {@code kubectl kustomize} where kubectl is installed.
 */
class KubernetesManifestsTest {

    /** A loopback host; not the domain of a mail address such as helpdesk@localhost (a sender, not a host). */
    private static final long MIB = 1024L * 1024L;

    private static Path root;
    private static Path k8s;
    private static Properties platformDefaults;
    private static Map<String, Properties> serviceModules;
    private static Set<String> eventTopics;
    private static View base;
    private static Map<String, View> views;
    private static final List<String> overlayNames = new ArrayList<>();
    private static final Map<String, Throwable> brokenOverlays = new LinkedHashMap<>();

    /** One rendering of the manifests: the base alone, or the base with one overlay applied. */
    record View(String name, List<Map<String, Object>> docs, Map<String, Map<String, String>> configMaps,
            Set<String> generatedSecrets) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        root = Repository.root();
        k8s = root.resolve("deploy/k8s");
        platformDefaults = Repository.platformDefaults(root);
        serviceModules = Repository.serviceModules(root);

        eventTopics = new TreeSet<>();
        Matcher topic = Pattern.compile("\"(helpdesk\\.[a-z0-9-]+\\.events)\"")
                .matcher(Files.readString(root.resolve("events/src/main/java/com/helpdesk/events/Topic.java")));
        while (topic.find()) {
            eventTopics.add(topic.group(1));
        }
        serviceModules.keySet().forEach(m -> eventTopics.add("helpdesk." + m.replace("-service", "") + ".events"));

        base = loadBase();
        views = new LinkedHashMap<>();
        views.put("base", base);
        try (Stream<Path> overlays = Files.list(k8s.resolve("overlays"))) {
            for (Path overlay : overlays.filter(Files::isDirectory).sorted().toList()) {
                String name = "overlays/" + overlay.getFileName();
                overlayNames.add(name);
                try {
                    views.put(name, applyOverlay(overlay));
                } catch (AssertionError | RuntimeException broken) {
                    brokenOverlays.put(name, broken); // reported by overlaysApplyToTheBase; the other checks skip it
                }
            }
        }
        assertThat(overlayNames).as("overlays").contains("overlays/dev", "overlays/prod");
    }

    @TestFactory
    Stream<DynamicTest> overlaysApplyToTheBase() {
        return overlayNames.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            if (brokenOverlays.containsKey(name)) {
                throw brokenOverlays.get(name);
            }
        }));
    }

    // ---------------------------------------------------------------------------------- services

    @TestFactory
    Stream<DynamicTest> everyServiceHasAProbedBoundedDeployment() {
        return perView(view -> serviceModules.forEach((svc, props) -> {
            String port = props.getProperty("quarkus.http.port");
            Map<String, Object> deployment = resource(view, "Deployment", svc);
            Map<String, Object> spec = map(deployment.get("spec"));
            assertThat(spec).as(view + ": " + svc + " Deployment must leave the replica count to its HPA")
                    .doesNotContainKey("replicas");
            Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
            Map<String, Object> container = container(pod, svc, view);

            List<Map<String, Object>> ports = maps(container.get("ports"));
            assertThat(ports).as(view + ": " + svc + " containerPort").anyMatch(p -> port.equals(String.valueOf(p.get("containerPort"))));
            assertThat(env(container).get("QUARKUS_HTTP_PORT")).as(view + ": " + svc + " QUARKUS_HTTP_PORT").isEqualTo(port);

            Map<String, String> probePaths = Map.of("startupProbe", "/q/health/started",
                    "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");
            probePaths.forEach((probe, path) -> {
                assertThat(container).as(view + ": " + svc + " " + probe).containsKey(probe);
                Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
                assertThat(get.get("path")).as(view + ": " + svc + " " + probe + " path").isEqualTo(path);
                Object probePort = get.get("port");
                assertThat(ports).as(view + ": " + svc + " " + probe + " port " + probePort + " is the service's port")
                        .anyMatch(p -> port.equals(String.valueOf(p.get("containerPort")))
                                && (String.valueOf(probePort).equals(port) || probePort.equals(p.get("name"))));
            });

            Map<String, Object> resources = map(container.get("resources"));
            Map<String, Object> requests = map(resources.get("requests"));
            Map<String, Object> limits = map(resources.get("limits"));
            for (String r : List.of("cpu", "memory")) {
                assertThat(requests).as(view + ": " + svc + " requests." + r).containsKey(r);
                assertThat(limits).as(view + ": " + svc + " limits." + r).containsKey(r);
                assertThat(quantity(requests.get(r))).as(view + ": " + svc + " requests." + r + " <= limits." + r)
                        .isLessThanOrEqualTo(quantity(limits.get(r)));
            }
            // Heap is a share of the limit (JAVA_TOOL_OPTIONS -XX:MaxRAMPercentage): at least the -Xmx256m the services are sized for.
            double heapShare = maxRamPercentage(view, container) / 100.0;
            assertThat(quantity(limits.get("memory")) * heapShare).as(view + ": " + svc + " heap from the memory limit")
                    .isGreaterThanOrEqualTo(256.0 * MIB);

            // Shutdown fits the grace period: preStop sleep + Quarkus' shutdown timeout + time to close Kafka clients.
            long grace = ((Number) pod.getOrDefault("terminationGracePeriodSeconds", 30)).longValue();
            long preStop = preStopSleepSeconds(container);
            long shutdown = seconds(env(view, container).getOrDefault("QUARKUS_SHUTDOWN_TIMEOUT", "0"));
            assertThat(shutdown).as(view + ": " + svc + " QUARKUS_SHUTDOWN_TIMEOUT is set").isPositive();
            assertThat(grace).as(view + ": " + svc + " terminationGracePeriodSeconds > preStop (" + preStop
                    + " s) + QUARKUS_SHUTDOWN_TIMEOUT (" + shutdown + " s) + 10 s to close the Kafka clients")
                    .isGreaterThanOrEqualTo(preStop + shutdown + 10);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyServiceHasAServiceAPdbAndAnHpaWithinItsTopicsPartitions() {
        return perView(view -> serviceModules.forEach((svc, props) -> {
            String port = props.getProperty("quarkus.http.port");
            Map<String, Object> podLabels = podLabels(view, svc);

            Map<String, Object> service = map(resource(view, "Service", svc).get("spec"));
            assertThat(podLabels).as(view + ": " + svc + " Service selector matches its pods")
                    .containsAllEntriesOf(map(service.get("selector")));
            assertThat(maps(service.get("ports"))).as(view + ": " + svc + " Service port")
                    .anyMatch(p -> port.equals(String.valueOf(p.get("port"))));

            Map<String, Object> pdb = map(resource(view, "PodDisruptionBudget", svc).get("spec"));
            assertThat(podLabels).as(view + ": " + svc + " PDB selector matches its pods")
                    .containsAllEntriesOf(map(map(pdb.get("selector")).get("matchLabels")));
            assertThat(pdb).as(view + ": " + svc + " PDB bounds disruptions").containsAnyOf(
                    Map.entry("maxUnavailable", 1), Map.entry("maxUnavailable", "1"), Map.entry("minAvailable", 1));

            Map<String, Object> hpa = map(resource(view, "HorizontalPodAutoscaler", svc).get("spec"));
            Map<String, Object> target = map(hpa.get("scaleTargetRef"));
            assertThat(target).as(view + ": " + svc + " HPA target").containsEntry("kind", "Deployment").containsEntry("name", svc);
            int min = ((Number) hpa.get("minReplicas")).intValue();
            int max = ((Number) hpa.get("maxReplicas")).intValue();
            assertThat(min).as(view + ": " + svc + " HPA minReplicas").isBetween(1, max);
            assertThat(maps(hpa.get("metrics"))).as(view + ": " + svc + " HPA scales on CPU")
                    .anyMatch(m -> "Resource".equals(m.get("type")) && "cpu".equals(map(m.get("resource")).get("name")));

            Map<String, Integer> partitions = partitions(view);
            for (String topic : consumedTopics(props)) {
                assertThat(partitions).as(view + ": KafkaTopic for " + topic + ", consumed by " + svc).containsKey(topic);
                assertThat(max).as(view + ": " + svc + " HPA maxReplicas must not exceed the " + partitions.get(topic)
                        + " partitions of " + topic + " (replicas beyond them idle in the consumer group)")
                        .isLessThanOrEqualTo(partitions.get(topic));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyServiceGetsTheEnvironmentItsConfigurationNeeds() {
        return perView(view -> serviceModules.forEach((svc, props) -> {
            Map<String, Object> container = container(map(map(map(resource(view, "Deployment", svc).get("spec"))
                    .get("template")).get("spec")), svc, view);
            Map<String, String> env = env(view, container);
            Set<String> needed = new TreeSet<>(List.of("HELPDESK_DB_HOST", "HELPDESK_DB_PORT", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_AUTH_SERVER_URL",
                    "QUARKUS_OIDC_TOKEN_ISSUER", "QUARKUS_HTTP_HOST", "QUARKUS_HTTP_PORT"));
            // Whatever points at the local stack (127.0.0.1/localhost) must be overridden in the cluster.
            for (Properties p : List.of(platformDefaults, props)) {
                p.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                        .filter(k -> Repository.LOOPBACK.matcher(p.getProperty(k)).find())
                        .map(k -> k.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)).forEach(needed::add);
            }
            if (svc.startsWith("notification")) {
                needed.addAll(List.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_FROM"));
            }
            assertThat(env).as(view + ": " + svc + " environment").containsKeys(needed.toArray(String[]::new));
            env.forEach((name, value) -> assertThat(value).as(view + ": " + svc + " " + name + " must not point at the pod itself")
                    .doesNotContainPattern(Repository.LOOPBACK));
            assertThat(env.get("QUARKUS_HTTP_HOST")).as(view + ": " + svc).isEqualTo("0.0.0.0");
            assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD")).as(view + ": " + svc + " password comes from a Secret")
                    .startsWith("secret:");
            // The Kafka bootstrap Service is the one Strimzi creates for the cluster the KafkaTopics belong to.
            for (String cluster : strimziClusters(view)) {
                assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).as(view + ": " + svc + " Kafka").startsWith(cluster + "-kafka-bootstrap");
            }
        }));
    }

    @Test
    void secretsAreGeneratedInDevAndDocumentedForProduction() throws IOException {
        String runbook = Files.readString(root.resolve("deploy/README.md"));
        for (View view : views.values()) {
            for (String svc : serviceModules.keySet()) {
                Map<String, Object> container = container(map(map(map(resource(view, "Deployment", svc).get("spec"))
                        .get("template")).get("spec")), svc, view);
                for (Map<String, Object> e : maps(container.get("env"))) {
                    if (e.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref
                            && !Boolean.TRUE.equals(ref.get("optional"))) {
                        String secret = String.valueOf(ref.get("name"));
                        assertThat(runbook).as("deploy/README.md says how to create Secret " + secret).contains(secret);
                        if (view.name().equals("overlays/dev")) {
                            assertThat(view.generatedSecrets()).as(view + " generates Secret " + secret).contains(secret);
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------- topics

    @TestFactory
    Stream<DynamicTest> everyTopicTheServicesUseIsAKafkaTopic() {
        return perView(view -> {
            Map<String, Integer> partitions = partitions(view);
            Set<String> configured = new TreeSet<>(eventTopics);
            serviceModules.values().forEach(p -> {
                configured.addAll(consumedTopics(p));
                configured.addAll(deadLetterTopics(p));
            });
            assertThat(partitions.keySet()).as(view + ": KafkaTopics (every event topic, consumed topic and dead-letter topic)")
                    .containsAll(configured);
            for (Map<String, Object> topic : resources(view, "KafkaTopic")) {
                String name = topicName(topic);
                Map<String, Object> spec = map(topic.get("spec"));
                Map<String, Object> config = map(spec.getOrDefault("config", Map.of()));
                int replicas = ((Number) spec.get("replicas")).intValue();
                assertThat(Integer.parseInt(String.valueOf(config.getOrDefault("min.insync.replicas", "1"))))
                        .as(view + ": " + name + " min.insync.replicas <= replicas").isLessThanOrEqualTo(replicas);
                assertThat(map(map(topic.get("metadata")).get("labels"))).as(view + ": " + name + " names its Strimzi cluster")
                        .containsKey("strimzi.io/cluster");
                if (eventTopics.contains(name)) {
                    assertThat(String.valueOf(config.get("retention.ms"))).as(view + ": " + name
                            + " keeps every event (retention.ms -1): projections are rebuilt by replaying from the start")
                            .isEqualTo("-1");
                }
            }
        });
    }

    // ---------------------------------------------------------------------------------- overlays, realm, database

    @Test
    void baseListsEveryManifestAndOnlyExistingOnes() throws IOException {
        Path dir = k8s.resolve("base");
        Map<String, Object> kustomization = yaml(dir.resolve("kustomization.yaml"));
        Set<String> listed = new TreeSet<>(strings(kustomization.get("resources")));
        Set<String> present;
        try (Stream<Path> files = Files.walk(dir)) {
            present = files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("kustomization.yaml"))
                    .map(f -> dir.relativize(f).toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed).as("base/kustomization.yaml resources = the YAML files in base/").isEqualTo(present);
    }

    @Test
    void realmConfigMapIsTheRealmExport() throws IOException {
        Map<String, Object> kustomization = yaml(k8s.resolve("base/kustomization.yaml"));
        Map<String, Object> realm = maps(kustomization.get("configMapGenerator")).stream()
                .filter(g -> "helpdesk-realm".equals(g.get("name"))).findFirst().orElseThrow(() -> new AssertionError("no helpdesk-realm configMapGenerator"));
        String file = strings(realm.get("files")).get(0);
        Path copy = k8s.resolve("base").resolve(file.substring(file.indexOf('=') + 1));
        assertThat(Files.readString(copy)).as(copy + " must be a copy of deploy/keycloak/helpdesk-realm.json"
                + " (cp deploy/keycloak/helpdesk-realm.json deploy/k8s/base/keycloak/)")
                .isEqualTo(Files.readString(root.resolve("deploy/keycloak/helpdesk-realm.json")));
    }

    @Test
    void everyServiceHasItsOwnDatabaseAndUser() throws IOException {
        String sql = Files.readString(k8s.resolve("base/postgres/create-databases.sql"));
        Set<String> users = new TreeSet<>();
        serviceModules.forEach((svc, props) -> {
            String db = props.getProperty("helpdesk.db.name");
            assertThat(sql).as("create-databases.sql creates " + db).contains("CREATE DATABASE " + db + " OWNER ");
            Matcher owner = Pattern.compile("CREATE DATABASE " + Pattern.quote(db) + " OWNER (\\w+)").matcher(sql);
            assertThat(owner.find()).isTrue();
            assertThat(users.add(owner.group(1))).as("a user of its own for " + svc).isTrue();
            assertThat(sql).as("create-databases.sql creates role " + owner.group(1)).contains("CREATE ROLE " + owner.group(1) + " LOGIN");
        });
        // The dev overlay's generated credentials use those users.
        Map<String, Object> devKustomization = yaml(k8s.resolve("overlays/dev/kustomization.yaml"));
        String generators = String.valueOf(devKustomization.get("secretGenerator"));
        users.forEach(u -> assertThat(generators).as("overlays/dev secret for " + u).contains("username=" + u));
    }

    /** Where PostgreSQL is a CloudNativePG cluster, it has each service's role (password from the service's Secret) and database. */
    @TestFactory
    Stream<DynamicTest> cloudNativePgClustersServeEveryService() {
        return perView(view -> {
            List<Map<String, Object>> clusters = resources(view, "Cluster");
            if (clusters.isEmpty()) {
                return;
            }
            assertThat(clusters).as(view + ": one CloudNativePG cluster").hasSize(1);
            String cluster = String.valueOf(map(clusters.get(0).get("metadata")).get("name"));
            Map<String, String> rolePasswordSecrets = new TreeMap<>();
            for (Map<String, Object> role : maps(map(map(clusters.get(0).get("spec")).getOrDefault("managed", Map.of())).get("roles"))) {
                Object secret = role.get("passwordSecret") instanceof Map<?, ?> ps ? ps.get("name") : null;
                rolePasswordSecrets.put(String.valueOf(role.get("name")), String.valueOf(secret));
            }
            Map<String, String> databaseOwners = new TreeMap<>();
            resources(view, "Database").forEach(db -> {
                Map<String, Object> spec = map(db.get("spec"));
                assertThat(map(spec.get("cluster")).get("name")).as(view + ": Database " + spec.get("name") + " cluster").isEqualTo(cluster);
                databaseOwners.put(String.valueOf(spec.get("name")), String.valueOf(spec.get("owner")));
            });
            assertThat(String.valueOf(map(resource(view, "Service", "helpdesk-postgres").get("spec")).get("externalName")))
                    .as(view + ": helpdesk-postgres points at the cluster's read-write Service").startsWith(cluster + "-rw.");
            serviceModules.forEach((svc, props) -> {
                String db = props.getProperty("helpdesk.db.name");
                assertThat(databaseOwners).as(view + ": Database " + db + " for " + svc).containsKey(db);
                String owner = databaseOwners.get(db);
                Map<String, Object> container = container(map(map(map(resource(view, "Deployment", svc).get("spec"))
                        .get("template")).get("spec")), svc, view);
                String passwordRef = env(container).get("QUARKUS_DATASOURCE_PASSWORD");
                assertThat(rolePasswordSecrets).as(view + ": managed role " + owner + " for " + svc).containsKey(owner);
                assertThat(passwordRef).as(view + ": " + svc + " logs in with the password CloudNativePG sets for " + owner)
                        .startsWith("secret:" + rolePasswordSecrets.get(owner) + "/");
            });
        });
    }

    @Test
    void overlaysReferenceOnlyExistingBaseResources() throws IOException {
        // Patches without a base resource: overlaysApplyToTheBase. Here: resources, images, generators, components.
        Set<String> baseImages = new TreeSet<>();
        for (Map<String, Object> d : resources(base, "Deployment")) {
            Map<String, Object> pod = map(map(map(d.get("spec")).get("template")).get("spec"));
            maps(pod.get("containers")).forEach(c -> baseImages.add(String.valueOf(c.get("image")).replaceAll(":[^:/]+$", "")));
        }
        for (String name : overlayNames) {
            Map<String, Object> kustomization = yaml(k8s.resolve(name).resolve("kustomization.yaml"));
            assertThat(strings(kustomization.get("resources"))).as(name + " builds on the base").contains("../../base");
            for (Map<String, Object> image : maps(kustomization.getOrDefault("images", List.of()))) {
                assertThat(baseImages).as(name + " images: " + image.get("name") + " is used by a base Deployment").contains(String.valueOf(image.get("name")));
            }
            for (Map<String, Object> gen : maps(kustomization.getOrDefault("configMapGenerator", List.of()))) {
                if (gen.get("behavior") != null && !"create".equals(gen.get("behavior"))) {
                    assertThat(base.configMaps()).as(name + " configMapGenerator " + gen.get("name") + " merges into a base one")
                            .containsKey(String.valueOf(gen.get("name")));
                }
            }
            for (String component : strings(kustomization.getOrDefault("components", List.of()))) {
                assertThat(k8s.resolve(name).resolve(component).resolve("kustomization.yaml")).as(name + " component").isRegularFile();
            }
        }
    }

    /** Where kubectl is installed, its rendering agrees with this test's on what the invariants read. */
    @TestFactory
    Stream<DynamicTest> overlaysRenderTheSameWithKubectl() {
        return views.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Optional<List<Map<String, Object>>> rendered = kubectlKustomize(k8s.resolve(name));
            Assumptions.assumeTrue(rendered.isPresent(), "kubectl not installed");
            View view = views.get(name);
            for (String kind : List.of("HorizontalPodAutoscaler", "KafkaTopic", "Deployment", "PodDisruptionBudget", "Service")) {
                Map<String, Object> ours = new TreeMap<>();
                Map<String, Object> theirs = new TreeMap<>();
                resources(view, kind).forEach(d -> ours.put(String.valueOf(map(d.get("metadata")).get("name")), essentials(kind, d)));
                rendered.get().stream().filter(d -> kind.equals(d.get("kind")))
                        .forEach(d -> theirs.put(String.valueOf(map(d.get("metadata")).get("name")), essentials(kind, d)));
                assertThat(ours).as(name + " " + kind + " as kubectl kustomize renders it").isEqualTo(theirs);
            }
        }));
    }

    // ---------------------------------------------------------------------------------- rendering

    private static View loadBase() throws IOException {
        Path dir = k8s.resolve("base");
        Map<String, Object> kustomization = yaml(dir.resolve("kustomization.yaml"));
        List<Map<String, Object>> docs = new ArrayList<>();
        for (String file : strings(kustomization.get("resources"))) {
            Path path = dir.resolve(file);
            assertThat(path).as("base resource " + file).isRegularFile();
            docs.addAll(yamlDocs(path));
        }
        Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();
        for (Map<String, Object> gen : maps(kustomization.getOrDefault("configMapGenerator", List.of()))) {
            Map<String, String> data = new LinkedHashMap<>();
            for (String env : strings(gen.getOrDefault("envs", List.of()))) {
                data.putAll(envFile(dir.resolve(env)));
            }
            data.putAll(literals(gen));
            configMaps.put(String.valueOf(gen.get("name")), data);
        }
        return new View("base", docs, configMaps, Set.of());
    }

    @SuppressWarnings("unchecked")
    private static View applyOverlay(Path dir) throws IOException {
        String name = "overlays/" + dir.getFileName();
        Map<String, Object> kustomization = yaml(dir.resolve("kustomization.yaml"));
        List<Map<String, Object>> docs = new ArrayList<>();
        base.docs().forEach(d -> docs.add((Map<String, Object>) deepCopy(d)));
        for (String component : strings(kustomization.getOrDefault("components", List.of()))) {
            Map<String, Object> comp = yaml(dir.resolve(component).resolve("kustomization.yaml"));
            for (String file : strings(comp.getOrDefault("resources", List.of()))) {
                docs.addAll(yamlDocs(dir.resolve(component).resolve(file)));
            }
        }
        for (Map<String, Object> patch : maps(kustomization.getOrDefault("patches", List.of()))) {
            Object target = patch.get("target");
            List<Object> bodies = new ArrayList<>();
            if (patch.get("path") != null) {
                bodies.addAll(yamlDocs(dir.resolve(String.valueOf(patch.get("path")))));
            } else {
                bodies.add(new Yaml(new SafeConstructor(new LoaderOptions())).load(String.valueOf(patch.get("patch"))));
            }
            for (Object body : bodies) {
                if (body instanceof List<?> ops) { // JSON 6902, needs a target
                    assertThat(target).as(name + ": a JSON 6902 patch needs a target").isNotNull();
                    List<Map<String, Object>> matched = matching(docs, map(target));
                    assertThat(matched).as(name + ": patch target " + target + " matches base resources").isNotEmpty();
                    matched.forEach(d -> ((List<Map<String, Object>>) ops).forEach(op -> jsonPatch(d, op, name)));
                } else { // strategic merge: the resource it names must exist
                    Map<String, Object> p = map(body);
                    String kind = String.valueOf(p.get("kind"));
                    String resName = String.valueOf(map(p.get("metadata")).get("name"));
                    List<Map<String, Object>> matched = target != null ? matching(docs, map(target))
                            : docs.stream().filter(d -> kind.equals(d.get("kind"))
                                    && resName.equals(map(d.get("metadata")).get("name"))).toList();
                    assertThat(matched).as(name + ": patch for " + kind + "/" + resName + " matches a base resource").isNotEmpty();
                    matched.forEach(d -> merge(d, p));
                }
            }
        }
        Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();
        base.configMaps().forEach((k, v) -> configMaps.put(k, new LinkedHashMap<>(v)));
        for (Map<String, Object> gen : maps(kustomization.getOrDefault("configMapGenerator", List.of()))) {
            String cm = String.valueOf(gen.get("name"));
            Map<String, String> data = new LinkedHashMap<>();
            for (String env : strings(gen.getOrDefault("envs", List.of()))) {
                data.putAll(envFile(dir.resolve(env)));
            }
            data.putAll(literals(gen));
            if ("merge".equals(gen.get("behavior"))) {
                assertThat(configMaps).as(name + ": configMapGenerator " + cm + " merges into a base ConfigMap").containsKey(cm);
                configMaps.get(cm).putAll(data);
            } else {
                configMaps.put(cm, data);
            }
        }
        Set<String> secrets = maps(kustomization.getOrDefault("secretGenerator", List.of())).stream()
                .map(g -> String.valueOf(g.get("name"))).collect(Collectors.toCollection(TreeSet::new));
        return new View(name, docs, configMaps, secrets);
    }

    private static List<Map<String, Object>> matching(List<Map<String, Object>> docs, Map<String, Object> target) {
        return docs.stream()
                .filter(d -> target.get("kind") == null || target.get("kind").equals(d.get("kind")))
                .filter(d -> target.get("name") == null
                        || String.valueOf(map(d.get("metadata")).get("name")).matches(String.valueOf(target.get("name"))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static void jsonPatch(Map<String, Object> doc, Map<String, Object> op, String overlay) {
        String operation = String.valueOf(op.get("op"));
        assertThat(operation).as(overlay + ": JSON patch op").isIn("replace", "add");
        String[] path = String.valueOf(op.get("path")).substring(1).split("/");
        Map<String, Object> node = doc;
        for (int i = 0; i < path.length - 1; i++) {
            Object next = node.get(unescape(path[i]));
            assertThat(next).as(overlay + ": JSON patch path " + op.get("path") + " exists").isInstanceOf(Map.class);
            node = (Map<String, Object>) next;
        }
        String last = unescape(path[path.length - 1]);
        if (operation.equals("replace")) {
            assertThat(node).as(overlay + ": JSON patch replaces an existing " + op.get("path")).containsKey(last);
        }
        node.put(last, op.get("value"));
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /** Strategic merge as far as these manifests need it: maps merge, lists of named maps merge by name. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object existing = target.get(key);
            if (existing instanceof Map<?, ?> em && value instanceof Map<?, ?> vm) {
                merge((Map<String, Object>) em, (Map<String, Object>) vm);
            } else if (existing instanceof List<?> el && value instanceof List<?> vl && !vl.isEmpty()
                    && vl.stream().allMatch(v -> v instanceof Map<?, ?> m && m.containsKey("name"))) {
                List<Object> merged = new ArrayList<>(el);
                for (Object v : vl) {
                    Object vName = ((Map<?, ?>) v).get("name");
                    Optional<Object> same = merged.stream().filter(e -> e instanceof Map<?, ?> m && vName.equals(m.get("name"))).findFirst();
                    if (same.isPresent()) {
                        merge((Map<String, Object>) same.get(), (Map<String, Object>) v);
                    } else {
                        merged.add(v);
                    }
                }
                target.put(key, merged);
            } else {
                target.put(key, deepCopy(value));
            }
        });
    }

    private static Object deepCopy(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return copy;
        }
        if (o instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return o;
    }

    private static Optional<List<Map<String, Object>>> kubectlKustomize(Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false);
        Process process;
        try {
            process = pb.start();
        } catch (IOException notInstalled) {
            return Optional.empty();
        }
        String out = new String(process.getInputStream().readAllBytes());
        String err = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (process.exitValue() != 0) {
            fail("kubectl kustomize " + dir + " failed: " + err);
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object d : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(out)) {
            if (d != null) {
                docs.add(map(d));
            }
        }
        return Optional.of(docs);
    }

    /** What the invariants read of a resource (kubectl adds namespaces, labels and hash suffixes this test does not model). */
    private static Object essentials(String kind, Map<String, Object> d) {
        Map<String, Object> spec = map(d.get("spec"));
        return switch (kind) {
            case "HorizontalPodAutoscaler" -> List.of(spec.get("minReplicas"), spec.get("maxReplicas"), canonical(spec.get("scaleTargetRef")));
            case "KafkaTopic" -> List.of(canonical(spec.get("topicName")), spec.get("partitions"), spec.get("replicas"), canonical(spec.get("config")));
            case "Deployment" -> {
                Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
                List<Object> out = new ArrayList<>();
                out.add(pod.get("terminationGracePeriodSeconds"));
                for (Map<String, Object> c : maps(pod.get("containers"))) {
                    out.add(List.of(canonical(c.get("name")), canonical(c.get("resources")), canonical(c.get("ports")),
                            canonical(c.get("startupProbe")), canonical(c.get("livenessProbe")), canonical(c.get("readinessProbe"))));
                }
                yield out;
            }
            case "PodDisruptionBudget" -> List.of(canonical(spec.get("maxUnavailable")), canonical(spec.get("selector")));
            default -> List.of(canonical(spec.get("ports")), canonical(spec.get("selector")), canonical(spec.get("externalName")));
        };
    }

    /** Maps with sorted keys, so that the two renderings compare whatever order their keys came in. */
    private static String canonical(Object o) {
        return String.valueOf(sorted(o));
    }

    private static Object sorted(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(KubernetesManifestsTest::sorted).toList();
        }
        return o;
    }

    // ---------------------------------------------------------------------------------- helpers

    private static Stream<DynamicTest> perView(java.util.function.Consumer<View> check) {
        return views.values().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> check.accept(v)));
    }

    private static Set<String> consumedTopics(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                .filter(k -> !k.startsWith("%")).map(p::getProperty).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> deadLetterTopics(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic"))
                .filter(k -> !k.startsWith("%")).map(p::getProperty).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Integer> partitions(View view) {
        Map<String, Integer> out = new TreeMap<>();
        resources(view, "KafkaTopic").forEach(t -> out.put(topicName(t), ((Number) map(t.get("spec")).get("partitions")).intValue()));
        return out;
    }

    private static Set<String> strimziClusters(View view) {
        return resources(view, "KafkaTopic").stream()
                .map(t -> String.valueOf(map(map(t.get("metadata")).get("labels")).get("strimzi.io/cluster")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String topicName(Map<String, Object> topic) {
        Object name = map(topic.get("spec")).get("topicName");
        return name != null ? String.valueOf(name) : String.valueOf(map(topic.get("metadata")).get("name"));
    }

    private static List<Map<String, Object>> resources(View view, String kind) {
        return view.docs().stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private static Map<String, Object> resource(View view, String kind, String name) {
        List<Map<String, Object>> found = view.docs().stream()
                .filter(d -> kind.equals(d.get("kind")) && name.equals(map(d.get("metadata")).get("name"))).toList();
        assertThat(found).as(view + ": " + kind + " " + name).hasSize(1);
        return found.get(0);
    }

    private static Map<String, Object> podLabels(View view, String svc) {
        Map<String, Object> spec = map(resource(view, "Deployment", svc).get("spec"));
        Map<String, Object> labels = map(map(map(spec.get("template")).get("metadata")).get("labels"));
        assertThat(labels).as(view + ": " + svc + " pod labels match the Deployment selector")
                .containsAllEntriesOf(map(map(spec.get("selector")).get("matchLabels")));
        return labels;
    }

    private static Map<String, Object> container(Map<String, Object> pod, String svc, View view) {
        return maps(pod.get("containers")).stream().filter(c -> svc.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(view + ": " + svc + " has no container named " + svc));
    }

    /** The container's own env entries; a Secret reference shows as "secret:name/key". */
    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Map<String, Object> e : maps(container.getOrDefault("env", List.of()))) {
            if (e.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
                env.put(String.valueOf(e.get("name")), "secret:" + ref.get("name") + "/" + ref.get("key"));
            } else {
                env.put(String.valueOf(e.get("name")), String.valueOf(e.get("value")));
            }
        }
        return env;
    }

    /** Everything the container sees: envFrom ConfigMaps (as generated in this view), then its own env. */
    private static Map<String, String> env(View view, Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Map<String, Object> from : maps(container.getOrDefault("envFrom", List.of()))) {
            if (from.get("configMapRef") instanceof Map<?, ?> ref) {
                String cm = String.valueOf(ref.get("name"));
                assertThat(view.configMaps()).as(view + ": envFrom ConfigMap " + cm + " is generated").containsKey(cm);
                env.putAll(view.configMaps().get(cm));
            }
        }
        env.putAll(env(container));
        return env;
    }

    private static double maxRamPercentage(View view, Map<String, Object> container) {
        String opts = env(view, container).getOrDefault("JAVA_TOOL_OPTIONS", "");
        Matcher m = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(opts);
        assertThat(m.find()).as(view + ": JAVA_TOOL_OPTIONS sets -XX:MaxRAMPercentage (heap follows the memory limit): " + opts).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static long preStopSleepSeconds(Map<String, Object> container) {
        if (!(container.get("lifecycle") instanceof Map<?, ?> lifecycle) || !(lifecycle.get("preStop") instanceof Map<?, ?> preStop)) {
            return 0;
        }
        if (preStop.get("sleep") instanceof Map<?, ?> sleep) {
            return ((Number) sleep.get("seconds")).longValue();
        }
        List<String> command = strings(map(preStop.get("exec")).get("command"));
        return command.size() == 2 && command.get(0).equals("sleep") ? Long.parseLong(command.get(1)) : 0;
    }

    /** A Quarkus duration: "30S", "30s", "1M", "PT30S", or plain seconds. */
    private static long seconds(String duration) {
        String d = duration.trim().toUpperCase(Locale.ROOT);
        if (d.startsWith("PT")) {
            return java.time.Duration.parse(d).toSeconds();
        }
        Matcher m = Pattern.compile("(\\d+)([SMH]?)").matcher(d);
        assertThat(m.matches()).as("duration " + duration).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "M" -> n * 60;
            case "H" -> n * 3600;
            default -> n;
        };
    }

    /** A Kubernetes quantity in base units (cores or bytes). */
    static double quantity(Object value) {
        String q = String.valueOf(value);
        Matcher m = Pattern.compile("([0-9.]+)(m|Ki|Mi|Gi|Ti|k|M|G|T)?").matcher(q);
        assertThat(m.matches()).as("quantity " + q).isTrue();
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "m" -> n / 1000;
            case "Ki" -> n * 1024;
            case "Mi" -> n * MIB;
            case "Gi" -> n * MIB * 1024;
            case "Ti" -> n * MIB * MIB;
            case "k" -> n * 1e3;
            case "M" -> n * 1e6;
            case "G" -> n * 1e9;
            case "T" -> n * 1e12;
            default -> n;
        };
    }

    private static Map<String, String> literals(Map<String, Object> generator) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : strings(generator.getOrDefault("literals", List.of()))) {
            int eq = l.indexOf('=');
            out.put(l.substring(0, eq), l.substring(eq + 1));
        }
        return out;
    }

    private static Map<String, String> envFile(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            assertThat(eq).as(file + ": " + line).isPositive();
            out.put(l.substring(0, eq), l.substring(eq + 1));
        }
        return out;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file)));
    }

    private static List<Map<String, Object>> yamlDocs(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object d : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))) {
            if (d != null) {
                docs.add(map(d));
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private static List<Map<String, Object>> maps(Object o) {
        if (o == null) {
            return List.of();
        }
        assertThat(o).isInstanceOf(List.class);
        List<Map<String, Object>> out = new ArrayList<>();
        ((List<?>) o).forEach(e -> out.add(map(e)));
        return out;
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


}
