package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.clusterpolicy.extract.Fact;
import org.w3id.clusterpolicy.extract.LinkFact;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.rdf.IriMinter;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * The sector and region corpus: every example of the {@code sectors.yaml} and {@code regions.yaml} of every
 * language runs through the real extractor as the text of its country and must give exactly the concepts it
 * expects and none of its near misses ({@code not}). Every sector has, in every language, an example that
 * finds it and one where a word of it must not count.
 */
class SectorAndRegionCorpusTest {
    private static final LanguageRegistry REGISTRY = Snippets.registry();
    private static final OntologyConcepts CONCEPTS = new OntologyConcepts();

    @TestFactory
    Stream<DynamicTest> everyExampleGivesExactlyWhatItExpects() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LanguageResources lang : REGISTRY.all()) {
            for (String file : List.of("sectors.yaml", "regions.yaml")) {
                LinkFact.Aspect aspect = file.equals("sectors.yaml") ? LinkFact.Aspect.SECTOR : LinkFact.Aspect.REGION;
                for (RuleFiles.TermExample e : lang.termExamples(file)) {
                    tests.add(DynamicTest.dynamicTest(lang.code() + "/" + file + " (" + e.country() + "): " + e.text(), () -> {
                        Set<String> got = found(lang.code(), e, aspect);
                        assertEquals(new TreeSet<>(e.expect()), got, e.text());
                        e.not().forEach(n -> assertFalse(got.contains(n), n + " must not count in: " + e.text()));
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void everyExampleNamesAKnownCountryAndKnownConcepts() {
        for (LanguageResources lang : REGISTRY.all()) {
            for (String file : List.of("sectors.yaml", "regions.yaml")) {
                assertFalse(lang.termExamples(file).isEmpty(), lang.code() + "/" + file + " has no examples");
                for (RuleFiles.TermExample e : lang.termExamples(file)) {
                    assertTrue(e.country() != null && REGISTRY.countries().byCode(e.country()).isPresent(), "country of " + e.text());
                    for (String id : concat(e.expect(), e.not())) {
                        Node iri = file.equals("sectors.yaml") ? IriMinter.sector(id) : IriMinter.region(id);
                        assertTrue(CONCEPTS.defines(iri) || file.equals("regions.yaml") && REGISTRY.nuts().region(id).isPresent(),
                                lang.code() + "/" + file + " names unknown concept " + id);
                    }
                }
            }
        }
    }

    @Test
    void everySectorHasTermsAndBothKindsOfExampleInEveryLanguage() {
        Set<String> sectors = new TreeSet<>();
        CONCEPTS.ontology().find(Node.ANY, Vocab.TYPE, Vocab.cpo("Sector"))
                .forEachRemaining(t -> sectors.add(t.getSubject().getURI().substring(IriMinter.sector("").getURI().length())));
        assertTrue(sectors.size() >= 60, sectors.toString());
        for (String code : REGISTRY.codes()) {
            RuleFiles.SectorsFile file = LanguageResources.readYaml(LanguageFolders.classPath(), code + "/" + RuleFile.SECTORS.fileName(), RuleFiles.SectorsFile.class);
            Set<String> withTerms = new TreeSet<>();
            file.sectors().forEach(s -> withTerms.add(s.sector()));
            assertEquals(sectors, withTerms, code + "/sectors.yaml must give words for every sector of concepts.ttl");
            Set<String> positive = new TreeSet<>();
            Set<String> negative = new TreeSet<>();
            file.examples().forEach(e -> {
                positive.addAll(e.expect());
                negative.addAll(e.not());
            });
            assertEquals(sectors, positive, code + ": sectors without an example that finds them");
            assertEquals(sectors, negative, code + ": sectors without a near miss (not)");
        }
    }

    @Test
    void regionExamplesHaveHitsAndNearMissesInEveryLanguage() {
        for (LanguageResources lang : REGISTRY.all()) {
            List<RuleFiles.TermExample> examples = lang.termExamples("regions.yaml");
            assertTrue(examples.stream().anyMatch(e -> !e.expect().isEmpty()), lang.code());
            assertTrue(examples.stream().anyMatch(e -> !e.not().isEmpty()), lang.code());
            assertTrue(examples.stream().anyMatch(e -> e.expect().isEmpty() && e.not().isEmpty()), lang.code() + ": a text that names no region");
        }
    }

    private static Set<String> found(String lang, RuleFiles.TermExample e, LinkFact.Aspect aspect) {
        Set<String> got = new TreeSet<>();
        for (Fact f : Snippets.facts(lang, e.country(), e.text())) {
            if (f instanceof LinkFact l && l.aspect() == aspect) {
                got.add(l.value());
            }
        }
        return got;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
