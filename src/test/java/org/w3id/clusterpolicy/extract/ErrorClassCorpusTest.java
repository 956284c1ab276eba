package org.w3id.clusterpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One corpus of made-up sentences per error class and language
 * ({@code src/test/resources/org/w3id/clusterpolicy/corpus/{lang}/{class}.yaml}), run as one
 * parameterised test through the real extractors. Each case names the kind of fact it is about
 * and lists every fact of that kind the converter must read from the text: no more, no fewer.
 * The files are found by walking the folder, so a new class or language is a new file.
 */
class ErrorClassCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/org/w3id/clusterpolicy/corpus");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A corpus file: the error class it exercises and its cases. */
    record Corpus(String errorClass, String description, List<Case> cases) {}

    /** A case: the text (as the text of {@code country}), the kind of fact compared, the facts expected. */
    record Case(String text, String country, String kind, List<String> expect, String note) {}

    record Run(String file, Case c) {
        @Override
        public String toString() {
            return file + ": " + c.text();
        }
    }

    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Corpus read(Path p) {
        try {
            return YAML.readValue(p.toFile(), Corpus.class);
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
        }
    }

    static Stream<Run> cases() {
        List<Run> out = new ArrayList<>();
        for (Path p : files()) {
            for (Case c : read(p).cases()) {
                out.add(new Run(ROOT.relativize(p).toString(), c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theConverterReadsExactlyTheExpectedFacts(Run run) {
        String lang = run.file().substring(0, run.file().indexOf('/'));
        List<Fact> facts = Snippets.facts(lang, run.c().country() == null ? "DEU" : run.c().country(), run.c().text());
        Set<String> got = new TreeSet<>();
        for (Fact f : facts) {
            String summary = FactSummaries.of(f, run.c().kind());
            if (summary != null) {
                got.add(summary);
            }
        }
        assertEquals(new TreeSet<>(run.c().expect() == null ? List.of() : run.c().expect()), got, run.c().text());
    }

    @Test
    void everyLanguageHasACorpusForEveryErrorClassAndEveryClassPositiveAndNegativeCases() {
        List<Path> files = files();
        assertFalse(files.isEmpty());
        Set<String> languages = new TreeSet<>();
        Set<String> classes = new TreeSet<>();
        for (Path p : files) {
            languages.add(ROOT.relativize(p).getName(0).toString());
            classes.add(p.getFileName().toString());
        }
        for (String lang : languages) {
            for (String cls : classes) {
                Path f = ROOT.resolve(lang).resolve(cls);
                if (!Files.exists(f)) {
                    continue; // not every class applies to every language; the per-language minimum is below
                }
                Corpus c = read(f);
                assertTrue(c.cases().stream().anyMatch(x -> x.expect() != null && !x.expect().isEmpty()), f + " has no positive case");
                assertTrue(c.cases().stream().anyMatch(x -> x.expect() == null || x.expect().isEmpty()), f + " has no negative case");
            }
        }
        for (String required : List.of("en", "de")) {
            for (String cls : classes) {
                assertTrue(Files.exists(ROOT.resolve(required).resolve(cls)), required + " lacks the corpus " + cls);
            }
        }
    }
}
