package com.helpdesk.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the wire format: {@code golden/<type>.json} holds the JSON of each type's sample as once published.
 *
 * <p>Old events stay in the event store and on the topics for ever, so these files are never rewritten to
 * fit a change. A field may be added (add it to the file too); anything else is a new {@code .vN} type.
 */
class GoldenFileTest {

    /**
     * Types no longer produced but still read, through an upcaster, from their old golden files.
     * None yet; list a type here when its successor version replaces it.
     */
    private static final Set<String> UPCAST_TYPES = Set.of();

    /** The source directory, not the classpath copy: a deleted file would linger in target/ until a clean. */
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final EventCodec codec = new EventCodec();
    private static final ObjectMapper json = new ObjectMapper();
    private static final Map<String, HelpdeskEvent> samples =
            SampleEvents.all().stream().collect(Collectors.toMap(codec::typeOf, Function.identity()));

    static Stream<String> knownTypes() {
        return codec.knownTypes().stream();
    }

    @ParameterizedTest
    @MethodSource("knownTypes")
    void everyKnownTypeHasAGoldenFile(String type) throws IOException {
        assertThat(GOLDEN.resolve(type + ".json"))
                .as("no golden file for %s; add src/test/resources/golden/%s.json containing:%n%s",
                        type, type, prettyJsonOf(samples.get(type)))
                .exists();
    }

    @Test
    void everyGoldenFileBelongsToAKnownType() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(type -> !codec.knownTypes().contains(type) && !UPCAST_TYPES.contains(type)))
                    .as("golden files of unknown types; a retired type must be read by an upcaster and listed in UPCAST_TYPES")
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("knownTypes")
    void goldenFilesStillDecodeToTheirSample(String type) throws IOException {
        assertThat(codec.decode(type, Files.readAllBytes(GOLDEN.resolve(type + ".json"))))
                .isEqualTo(samples.get(type));
    }

    @ParameterizedTest
    @MethodSource("knownTypes")
    void samplesStillEncodeAsTheirGoldenFile(String type) throws IOException {
        JsonNode golden = json.readTree(GOLDEN.resolve(type + ".json").toFile());

        assertThat(json.readTree(codec.encode(samples.get(type))))
                .as("consumers built against the golden file must read what producers now write")
                .isEqualTo(golden);
    }

    private static String prettyJsonOf(HelpdeskEvent sample) throws IOException {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(codec.encode(sample)));
    }
}
