package com.helpdesk.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the deployment files must agree with: the repository's service modules and their configuration,
 * read from the sources so that a new service or property is checked without editing the tests.
 */
final class Repository {

    /** A value pointing at this machine (a host to override in a deployment); {@code @localhost} is a mail domain. */
    static final Pattern LOOPBACK = Pattern.compile("(?i)(?<!@)\\b(127\\.0\\.0\\.1|localhost)\\b");

    private Repository() {
    }

    /** Surefire runs in system-tests/; an IDE may run from the repository root. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate : new Path[] { dir.getParent(), dir }) {
            if (candidate != null && Files.isRegularFile(candidate.resolve("pom.xml"))
                    && Files.isDirectory(candidate.resolve("system-tests"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("repository root not found from " + dir);
    }

    /** The defaults every service inherits from platform. */
    static Properties platformDefaults(Path root) throws IOException {
        return properties(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
    }

    /** Service modules by name: reactor modules whose application.properties sets an HTTP port. */
    static Map<String, Properties> serviceModules(Path root) throws IOException {
        Map<String, Properties> services = new LinkedHashMap<>();
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
        while (modules.find()) {
            Path file = root.resolve(modules.group(1)).resolve("src/main/resources/application.properties");
            if (Files.isRegularFile(file)) {
                Properties properties = properties(file);
                if (properties.getProperty("quarkus.http.port") != null) {
                    services.put(modules.group(1), properties);
                }
            }
        }
        assertThat(services).as("service modules found in pom.xml").hasSizeGreaterThanOrEqualTo(5);
        return services;
    }

    static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        return properties;
    }
}
