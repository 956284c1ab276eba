package org.w3id.clusterpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.attribute.AttributedDocument;
import org.w3id.clusterpolicy.attribute.Attribution;
import org.w3id.clusterpolicy.attribute.DocumentAttributor;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.segment.Segmenter;
import org.w3id.clusterpolicy.source.SourceDocument;
import org.w3id.clusterpolicy.source.SourceReader;

/**
 * Per source and per country: which text each country got and by which rule, and every fact read
 * from it, as checked by hand in {@code src/test/resources/expectations/<document id>.yaml}.
 */
class SourceExpectationsTest {
    record Expectations(String layout, List<List<String>> sections, Map<String, List<String>> facts) {}

    static Stream<Path> sources() throws IOException {
        return Files.list(Path.of("data", "source")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void sourceGivesTheExpectedSectionsAndFacts(Path file) throws IOException {
        LanguageRegistry registry = Snippets.registry();
        SourceDocument doc = new SourceReader(registry).read(file, null);
        LanguageResources lang = registry.require(doc.language());
        AttributedDocument attributed = new DocumentAttributor(registry).attribute(new Segmenter().segment(doc, lang), lang);
        ExtractedDocument extracted = new DocumentExtractor().extract(attributed, lang);
        Expectations expected = read(doc.id());

        assertEquals(expected.layout(), attributed.layout().name().toLowerCase().replace('_', '-'));
        List<List<String>> sections = new ArrayList<>();
        String previous = null;
        for (Attribution a : attributed.attributions()) {
            if (a.isCountry() && (!a.country().equals(previous) || a.ruleId().equals("attr.shared-entity"))) {
                String t = a.block().text();
                sections.add(List.of(a.country(), a.ruleId(), t.length() > 40 ? t.substring(0, 40) : t));
            }
            if (a.isCountry()) {
                previous = a.country();
            }
        }
        assertEquals(expected.sections(), sections, "sections of " + doc.id());

        Map<String, Set<String>> facts = new TreeMap<>();
        for (Fact f : extracted.facts()) {
            facts.computeIfAbsent(f.country() == null ? "EU" : f.country(), k -> new TreeSet<>()).add(kind(f) + ": " + f.summary());
        }
        Map<String, Set<String>> want = new TreeMap<>();
        expected.facts().forEach((k, v) -> want.put(k, new TreeSet<>(v)));
        assertEquals(want.keySet(), facts.keySet(), "countries with facts in " + doc.id());
        for (String country : want.keySet()) {
            assertEquals(want.get(country), facts.get(country), "facts of " + country + " in " + doc.id());
        }
    }

    static String kind(Fact f) {
        if (f instanceof LinkFact l) {
            return l.aspect().name().toLowerCase().replace('_', '-');
        }
        return f.getClass().getSimpleName().replace("Fact", "").toLowerCase();
    }

    private static Expectations read(String id) throws IOException {
        try (InputStream in = SourceExpectationsTest.class.getResourceAsStream("/expectations/" + id + ".yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, Expectations.class);
        }
    }
}
