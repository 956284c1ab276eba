package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.rdf.IriMinter;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;

/**
 * Every language folder holds exactly the files of {@link RuleFile}; the registry finds every rule
 * those files hold; rule ids are unique and name their language; every value a rule assigns and
 * every concept a word list names exists in the ontology.
 */
class LanguageFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyLanguageFolderHoldsExactlyTheFilesOfTheTable() throws IOException, URISyntaxException {
        Path root = Path.of(LanguageResources.class.getResource("/org/w3id/clusterpolicy/lang/languages.yaml").toURI()).getParent();
        Set<String> table = Arrays.stream(RuleFile.values()).map(RuleFile::fileName).collect(Collectors.toCollection(TreeSet::new));
        for (String code : Snippets.registry().codes()) {
            try (Stream<Path> s = Files.list(root.resolve(code))) {
                assertEquals(table, s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)), code);
            }
        }
        try (Stream<Path> s = Files.list(root)) {
            Set<String> folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(Snippets.registry().codes()), folders, "every language folder is listed in languages.yaml");
        }
    }

    /**
     * Reads each file as a plain YAML tree and counts the rules in it (every mapping with a
     * {@code pattern}): the rule sets the registry lists must hold exactly as many, so a rule list
     * the loader forgot to register (and whose examples would never run) fails here.
     */
    @Test
    void theRegistryFindsEveryRuleOfEveryFile() throws IOException {
        for (LanguageResources lang : Snippets.registry().all()) {
            Map<RuleFile, Integer> registered = new HashMap<>();
            lang.ruleSets().forEach(s -> registered.merge(s.file(), s.rules().size(), Integer::sum));
            for (RuleFile f : RuleFile.values()) {
                try (InputStream in = LanguageFilesTest.class.getResourceAsStream("/org/w3id/clusterpolicy/lang/" + lang.code() + "/" + f.fileName())) {
                    int inFile = rulesIn(YAML.readTree(in));
                    assertEquals(inFile, registered.getOrDefault(f, 0), lang.code() + "/" + f.fileName() + ": rules in the file vs. rules the registry lists");
                }
            }
        }
    }

    private static int rulesIn(JsonNode node) {
        int n = node.isObject() && node.has("pattern") ? 1 : 0;
        for (JsonNode child : node) {
            n += rulesIn(child);
        }
        return n;
    }

    @Test
    void everyRuleFileWithExamplesIsCheckedByTheRegistry() {
        for (LanguageResources lang : Snippets.registry().all()) {
            Set<RuleFile> checked = new HashSet<>();
            lang.ruleSets().forEach(s -> checked.add(s.file()));
            lang.gazetteers().forEach(g -> checked.add(g.file()));
            // Sector and region words are read in texts of every language; SectorAndRegionCorpusTest runs their examples.
            for (RuleFile f : List.of(RuleFile.SECTORS, RuleFile.REGIONS)) {
                if (!lang.termExamples(f.fileName()).isEmpty()) {
                    checked.add(f);
                }
            }
            List<RuleFile> unchecked = new ArrayList<>();
            for (RuleFile f : RuleFile.values()) {
                if (f != RuleFile.LANGUAGE && !checked.contains(f)) {
                    unchecked.add(f);
                }
            }
            assertTrue(unchecked.isEmpty(), lang.code() + ": files whose rules no test runs: " + unchecked);
        }
    }

    @Test
    void ruleIdsAreUniqueAndNameTheirLanguage() {
        Set<String> ids = new HashSet<>();
        for (LanguageResources l : Snippets.registry().all()) {
            for (String id : l.ruleIds()) {
                String[] parts = id.split("\\.");
                assertTrue(id.matches("[a-z]+(\\.[a-z]{2,3})?\\.[a-z0-9-]+(\\.[a-z0-9-]+)*"), "rule id " + id + " is not of the form family.lang.name");
                boolean shared = parts.length == 2; // one rule for every language, such as date.range-dash
                assertTrue(shared || parts[1].equals(l.code()), "rule id " + id + " in the folder of " + l.code() + " names another language");
                assertTrue(shared || ids.add(id), "duplicate rule id " + id);
            }
        }
    }

    @Test
    void everyValueARuleAssignsIsAConceptOfTheOntology() {
        OntologyConcepts concepts = new OntologyConcepts();
        for (LanguageResources l : Snippets.registry().all()) {
            for (RuleSet set : l.ruleSets()) {
                if (set.valueScheme() == null) {
                    continue;
                }
                for (CompiledRule r : set.rules()) {
                    if (r.value() == null) {
                        continue; // a name rule that takes the kind from its noun ("unquotedAfterNoun")
                    }
                    concepts.concept(scheme(set, r.value()), r.value());
                }
            }
            l.names().headNouns().values().forEach(k -> concepts.concept(scheme(RuleSet.KINDS, k), k));
        }
    }

    private static String scheme(RuleSet set, String value) {
        return scheme(set.valueScheme(), value);
    }

    private static String scheme(String valueScheme, String value) {
        return RuleSet.KINDS.equals(valueScheme)
                ? NameRules.isInstrumentKind(value) ? "ProgrammeKindScheme" : "OrganisationKindScheme"
                : valueScheme;
    }

    @Test
    void everySectorRegionAndFundOfTheRuleFilesIsDefinedInConcepts() {
        OntologyConcepts concepts = new OntologyConcepts();
        for (String lang : Snippets.registry().codes()) {
            RuleFiles.SectorsFile s = read(lang, RuleFile.SECTORS, RuleFiles.SectorsFile.class);
            s.sectors().forEach(t -> assertTrue(concepts.defines(IriMinter.sector(t.sector())), lang + " sector " + t.sector()));
            RuleFiles.RegionsFile r = read(lang, RuleFile.REGIONS, RuleFiles.RegionsFile.class);
            NutsRegions nuts = Snippets.registry().nuts();
            r.regions().forEach(t -> assertTrue(t.region() != null ? concepts.defines(IriMinter.region(t.region()))
                    : nuts.byCode(t.nuts()).filter(u -> !u.id().isEmpty()).isPresent(), lang + " region " + t));
            RuleFiles.FundsFile f = read(lang, RuleFile.FUNDS, RuleFiles.FundsFile.class);
            f.funds().forEach(t -> assertTrue(concepts.defines(IriMinter.fund(t.fund())), lang + " fund " + t.fund()));
        }
    }

    @Test
    void everyCountryOfTheGazetteersIsInTheAuthorityList() {
        CountryTable table = Snippets.registry().countries();
        for (String lang : Snippets.registry().codes()) {
            RuleFiles.CountryNamesFile f = read(lang, RuleFile.COUNTRY_NAMES, RuleFiles.CountryNamesFile.class);
            assertFalse(f.countries().isEmpty());
            f.countries().keySet().forEach(code -> assertTrue(table.byCode(code).isPresent(), lang + ": " + code));
        }
    }

    @Test
    void everyLanguageHasCountryLabelsInTheAuthorityList() {
        CountryTable table = Snippets.registry().countries();
        for (LanguageResources l : Snippets.registry().all()) {
            assertTrue(table.get("FRA").label(l.authorityCode()) != null,
                    l.code() + ": no column " + l.authorityCode().toLowerCase(java.util.Locale.ROOT) + "_label in countries-nal.csv");
        }
    }

    private static <T> T read(String lang, RuleFile file, Class<T> type) {
        return LanguageResources.readYaml(LanguageFolders.classPath(), lang + "/" + file.fileName(), type);
    }
}
