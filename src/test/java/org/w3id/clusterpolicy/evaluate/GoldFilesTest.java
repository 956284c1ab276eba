package org.w3id.clusterpolicy.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.convert.Converter;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;

/**
 * Every gold file and set file under data/eval (found by walking the folder, not from a list) reads
 * without error: known controlled values only, every reference resolved, every evidence found in
 * its source. Every text of the folder has a gold file, and each set names all of its own.
 */
class GoldFilesTest {
    private static final Path EVAL = Path.of("data", "eval");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static Evaluator evaluator;

    @BeforeAll
    static void setUp() {
        LanguageRegistry languages = LanguageRegistry.load();
        OntologyConcepts concepts = new OntologyConcepts();
        evaluator = new Evaluator(new Converter(languages, concepts, "test"), languages, concepts);
    }

    static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(EVAL)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static List<Path> goldFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : yamlFiles()) {
            if (YAML.readTree(p.toFile()).has("countries")) {
                out.add(p);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void readsWithKnownValuesOnly(Path file) {
        GoldSet gold = evaluator.readGold(file);
        assertFalse(gold.tuples().isEmpty(), file + " states no fact");
        for (Path source : gold.sources()) {
            assertTrue(Files.isRegularFile(source), source.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("goldFiles")
    void namesItsSourceByTheSourcesDocumentId(Path file) throws IOException {
        JsonNode gold = YAML.readTree(file.toFile());
        Path source = file.getParent().resolve(gold.get("source").asText()).normalize();
        Path meta = source.resolveSibling(source.getFileName().toString().replaceFirst("\\.txt$", ".meta.json"));
        JsonNode m = new ObjectMapper().readTree(meta.toFile());
        assertEquals(m.get("id").asText(), gold.get("document").asText(), file.toString());
        assertEquals(m.get("language").asText(), gold.get("language").asText(), file.toString());
        assertEquals(gold.get("document").asText() + ".yaml", file.getFileName().toString(), "a gold file is named after its document");
    }

    @Test
    void everyTextHasAGoldFileInItsSet() throws IOException {
        assertEquals(texts(Path.of("data", "source")), sources(EVAL.resolve("committed.yaml")));
        assertEquals(texts(EVAL.resolve("heldout")), sources(EVAL.resolve("heldout.yaml")));
    }

    @Test
    void theHeldBackSetHasTheTextsTheIssueAsksFor() throws IOException {
        Set<String> texts = texts(EVAL.resolve("heldout"));
        assertTrue(texts.size() >= 16, texts.toString());
        assertTrue(texts.stream().filter(t -> t.startsWith("en-")).count() >= 6);
        assertTrue(texts.stream().filter(t -> t.startsWith("de-")).count() >= 6);
        assertTrue(texts.stream().filter(t -> t.startsWith("fr-")).count() >= 4);
    }

    private static Set<String> texts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).toList());
        }
    }

    private static Set<String> sources(Path set) {
        Set<String> out = new TreeSet<>();
        evaluator.readGold(set).sources().forEach(p -> out.add(p.getFileName().toString()));
        return out;
    }
}
