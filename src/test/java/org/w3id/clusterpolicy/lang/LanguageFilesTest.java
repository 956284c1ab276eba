package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.rdf.IriMinter;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;

/** Every language has the same rule files, and every concept a rule file names exists in the ontology. */
class LanguageFilesTest {

    @Test
    void everyLanguageFolderHasTheSameFiles() throws IOException, URISyntaxException {
        Path root = Path.of(LanguageResources.class.getResource("/org/w3id/clusterpolicy/lang/languages.yaml").toURI()).getParent();
        Map<String, Set<String>> files = new HashMap<>();
        for (String code : Snippets.registry().codes()) {
            try (Stream<Path> s = Files.list(root.resolve(code))) {
                files.put(code, s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        Set<String> en = files.get("en");
        assertTrue(en.size() >= 12, "en has " + en);
        files.forEach((code, set) -> assertEquals(en, set, code + " differs from en"));
    }

    @Test
    void ruleIdsAreUniqueAcrossAllFiles() {
        Set<String> ids = new java.util.HashSet<>();
        for (LanguageResources l : Snippets.registry().all()) {
            for (var list : java.util.List.of(l.structure(), l.status(), l.roles(), l.dateExpressions(), l.eventCues(), l.qualifiers(),
                    l.names().beforeCues(), l.names().afterCues(), l.names().brandPatterns(), l.names().copulaPatterns(),
                    l.names().descriptiveNames(), l.names().unquotedAfterNoun())) {
                for (CompiledRule r : list) {
                    if (!r.id().startsWith("date.range-dash")) { // shared by both languages on purpose
                        assertTrue(ids.add(r.id()), "duplicate rule id " + r.id());
                    }
                    assertTrue(r.id().matches("[a-z]+(\\.[a-z]{2})?\\.[a-z0-9.-]+"), "rule id " + r.id() + " is not of the form kind.lang.name");
                }
            }
        }
    }

    @Test
    void everyValueARuleAssignsIsAConceptOfTheOntology() {
        OntologyConcepts concepts = new OntologyConcepts();
        for (LanguageResources l : Snippets.registry().all()) {
            l.status().forEach(r -> concepts.concept("PolicyStatusScheme", r.value()));
            l.roles().forEach(r -> concepts.concept("RoleTypeScheme", r.value()));
            l.eventCues().forEach(r -> concepts.concept("EventTypeScheme", r.value()));
            l.qualifiers().forEach(r -> concepts.concept("QualifierScheme", r.value()));
            l.counted().forEach(r -> concepts.concept("CountedThingScheme", r.value()));
            l.names().headNouns().values().forEach(k -> concepts.concept(
                    NameRules.isInstrumentKind(k) ? "ProgrammeKindScheme" : "OrganisationKindScheme", k));
        }
    }

    @Test
    void everySectorRegionAndFundOfTheRuleFilesIsDefinedInConcepts() {
        OntologyConcepts concepts = new OntologyConcepts();
        for (String lang : Snippets.registry().codes()) {
            RuleFiles.SectorsFile s = read(lang, "sectors.yaml", RuleFiles.SectorsFile.class);
            s.sectors().forEach(t -> assertTrue(concepts.defines(IriMinter.sector(t.sector())), lang + " sector " + t.sector()));
            RuleFiles.RegionsFile r = read(lang, "regions.yaml", RuleFiles.RegionsFile.class);
            NutsRegions nuts = Snippets.registry().nuts();
            r.regions().forEach(t -> assertTrue(t.region() != null ? concepts.defines(IriMinter.region(t.region()))
                    : nuts.byCode(t.nuts()).filter(u -> !u.id().isEmpty()).isPresent(), lang + " region " + t));
            RuleFiles.FundsFile f = read(lang, "funds.yaml", RuleFiles.FundsFile.class);
            f.funds().forEach(t -> assertTrue(concepts.defines(IriMinter.fund(t.fund())), lang + " fund " + t.fund()));
        }
    }

    @Test
    void everyCountryOfTheGazetteersIsInTheAuthorityList() {
        CountryTable table = Snippets.registry().countries();
        for (String lang : Snippets.registry().codes()) {
            RuleFiles.CountryNamesFile f = read(lang, "country-names.yaml", RuleFiles.CountryNamesFile.class);
            assertFalse(f.countries().isEmpty());
            f.countries().keySet().forEach(code -> assertTrue(table.byCode(code).isPresent(), lang + ": " + code));
        }
    }

    private static <T> T read(String lang, String file, Class<T> type) {
        return LanguageResources.readYaml(LanguageResources.ROOT + lang + "/" + file, type);
    }
}
