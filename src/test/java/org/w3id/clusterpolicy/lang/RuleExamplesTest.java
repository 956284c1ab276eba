package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.clusterpolicy.extract.Fact;
import org.w3id.clusterpolicy.extract.LinkFact;
import org.w3id.clusterpolicy.extract.QuantityFact;
import org.w3id.clusterpolicy.extract.Snippets;

/**
 * Runs every example of every rule file, in every language, as a test: pattern rules must match
 * their examples and not their counterexamples; extraction rules must give exactly the facts their
 * examples expect, through the real extractors; gazetteers must find exactly the listed concepts.
 */
class RuleExamplesTest {
    private static final LanguageRegistry REGISTRY = Snippets.registry();

    @TestFactory
    Stream<DynamicTest> structureRulesMatchTheirExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LanguageResources lang : REGISTRY.all()) {
            for (CompiledRule r : lang.structure()) {
                assertFalse(r.source().examples().isEmpty(), r.id() + " has no examples");
                for (RuleFiles.Example e : r.source().examples()) {
                    tests.add(DynamicTest.dynamicTest(r.id() + " matches: " + e.text(),
                            () -> assertTrue(r.pattern().matcher(e.text()).find(), r.id() + " should match " + e.text())));
                }
                for (String c : r.source().counterexamples()) {
                    tests.add(DynamicTest.dynamicTest(r.id() + " does not match: " + c,
                            () -> assertFalse(r.pattern().matcher(c).find(), r.id() + " should not match " + c)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> extractionRulesGiveTheFactsTheirExamplesExpect() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LanguageResources lang : REGISTRY.all()) {
            List<CompiledRule> rules = new ArrayList<>();
            rules.addAll(lang.status());
            rules.addAll(lang.roles());
            rules.addAll(lang.dateExpressions());
            rules.addAll(lang.qualifiers());
            rules.addAll(lang.names().beforeCues());
            rules.addAll(lang.names().afterCues());
            rules.addAll(lang.names().unquotedAfterNoun());
            rules.addAll(lang.names().brandPatterns());
            rules.addAll(lang.names().copulaPatterns());
            rules.addAll(lang.names().descriptiveNames());
            for (CompiledRule r : rules) {
                for (RuleFiles.Example e : r.source().examples()) {
                    tests.add(DynamicTest.dynamicTest(r.id() + ": " + e.text(), () -> {
                        Set<String> got = summaries(Snippets.facts(lang.code(), country(e), e.text()), r.id());
                        assertEquals(new TreeSet<>(e.expect()), new TreeSet<>(got), r.id() + " on: " + e.text());
                    }));
                }
                for (String c : r.source().counterexamples()) {
                    tests.add(DynamicTest.dynamicTest(r.id() + " gives nothing: " + c, () ->
                            assertEquals(Set.of(), summaries(Snippets.facts(lang.code(), "DEU", c), r.id()), r.id() + " on: " + c)));
                }
            }
            for (CompiledRule r : lang.counted()) {
                for (RuleFiles.Example e : r.source().examples()) {
                    tests.add(DynamicTest.dynamicTest("counted " + r.value() + ": " + e.text(), () -> {
                        Set<String> got = new LinkedHashSet<>();
                        Snippets.facts(lang.code(), country(e), e.text()).stream()
                                .filter(f -> f instanceof QuantityFact).forEach(f -> got.add(f.summary()));
                        assertEquals(new TreeSet<>(e.expect()), new TreeSet<>(got), "counted " + r.value() + " on: " + e.text());
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> gazetteersFindWhatTheirExamplesList() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LanguageResources lang : REGISTRY.all()) {
            for (RuleFiles.GazetteerExample e : lang.gazetteerExamples("country-names.yaml")) {
                tests.add(DynamicTest.dynamicTest(lang.code() + " countries: " + e.text(), () -> {
                    Set<String> got = new LinkedHashSet<>();
                    lang.countries().find(e.text()).forEach(m -> got.add(m.code()));
                    assertEquals(new TreeSet<>(e.expect()), new TreeSet<>(got), e.text());
                }));
            }
            for (RuleFiles.GazetteerExample e : lang.gazetteerExamples("eu-bodies.yaml")) {
                tests.add(DynamicTest.dynamicTest(lang.code() + " EU bodies: " + e.text(), () -> {
                    Set<String> got = new LinkedHashSet<>();
                    lang.euBodies().find(e.text()).forEach(m -> got.add(m.id()));
                    assertEquals(new TreeSet<>(e.expect()), new TreeSet<>(got), e.text());
                }));
            }
            // The examples of sectors.yaml and regions.yaml run in SectorAndRegionCorpusTest.
            for (RuleFiles.GazetteerExample e : lang.gazetteerExamples("funds.yaml")) {
                tests.add(DynamicTest.dynamicTest(lang.code() + " funds.yaml: " + e.text(), () -> {
                    Set<String> got = new LinkedHashSet<>();
                    for (Fact f : Snippets.facts(lang.code(), "DEU", e.text())) {
                        if (f instanceof LinkFact l && l.aspect() == LinkFact.Aspect.FUNDING) {
                            got.add(l.value());
                        }
                    }
                    assertEquals(new TreeSet<>(e.expect()), new TreeSet<>(got), e.text());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyGazetteerFileHasExamples() {
        for (LanguageResources lang : REGISTRY.all()) {
            for (String f : List.of("country-names.yaml", "funds.yaml", "eu-bodies.yaml")) {
                assertFalse(lang.gazetteerExamples(f).isEmpty(), lang.code() + "/" + f + " has no examples");
            }
        }
    }

    private static String country(RuleFiles.Example e) {
        return e.country() != null ? e.country() : "DEU";
    }

    private static Set<String> summaries(List<Fact> facts, String ruleId) {
        Set<String> out = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (Snippets.fromRule(f, ruleId)) {
                out.add(f.summary());
            }
        }
        return out;
    }
}
