package org.w3id.clusterpolicy.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.query.CannedQueryCases.Case;
import org.w3id.clusterpolicy.store.GraphFiles;

/** Every canned query, with and without its parameters, gives exactly its recorded rows on the committed data. */
class CannedQueriesTest {
    static DatasetGraph data;
    static QueryCatalog catalog;
    static QueryRunner runner;

    @BeforeAll
    static void load() {
        data = GraphFiles.load(Path.of("data", "cluster-policy.ttl"));
        catalog = QueryCatalog.load();
        runner = runner();
    }

    static QueryRunner runner() {
        return CannedQueryCases.runner();
    }

    static List<Case> cases() {
        return CannedQueryCases.all();
    }

    static Stream<Case> allCases() {
        return cases().stream();
    }

    static String csv(String query, Map<String, String> params) {
        return CannedQueryCases.csv(runner.run(catalog.get(query).orElseThrow(), params, data));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void givesItsRecordedRows(Case c) {
        assertEquals(c.expectedCsv(), csv(c.query(), c.params()), c.id());
    }

    @Test
    void everyQueryOfTheCatalogueHasACase() {
        Set<String> covered = new HashSet<>();
        cases().forEach(c -> covered.add(c.query()));
        assertEquals(new HashSet<>(catalog.names()), covered);
        for (CannedQuery q : catalog.all()) {
            boolean withParams = cases().stream().anyMatch(c -> c.query().equals(q.name()) && !c.params().isEmpty());
            boolean withoutRequired = q.parameters().stream().noneMatch(Parameter::required);
            assertTrue(withParams || q.parameters().stream().allMatch(p -> p.name().equals("lang")) || !withoutRequired,
                    q.name() + " has parameters but no case uses them");
        }
    }

    @Test
    void headersDeclareTitlesDescriptionsAndTypedParametersWithExamples() {
        assertEquals(14, catalog.all().size());
        for (CannedQuery q : catalog.all()) {
            assertTrue(q.title().length() > 3 && q.description().length() > 40, q.name());
            Map<String, String> examples = new java.util.HashMap<>();
            for (Parameter p : q.parameters()) {
                assertTrue(p.example() != null && p.description() != null, q.name() + "." + p.name());
                examples.put(p.name(), p.example());
            }
            assertEquals(q.parameters().size(), runner.bind(q, examples).size(), q.name() + ": every example is a valid value");
        }
    }

    @Test
    void theContractColumnsComeFirst() {
        Map<String, List<String>> contract = Map.ofEntries(
                Map.entry("countries", List.of("country", "iso3", "label", "status", "statusLabel", "programmes", "organisations")),
                Map.entry("country-profile", List.of("aspect", "value", "valueLabel", "evidence")),
                Map.entry("programmes", List.of("programme", "name", "country", "kind", "startYear", "endYear", "organisation")),
                Map.entry("organisations", List.of("organisation", "name", "country", "role")),
                Map.entry("timeline", List.of("year", "country", "event", "subject")),
                Map.entry("quantities", List.of("country", "value", "qualifier", "counted")),
                Map.entry("sectors", List.of("country", "sector", "sectorLabel", "nace")),
                Map.entry("regions", List.of("country", "region", "regionLabel", "nuts")),
                Map.entry("funding", List.of("country", "fund", "fundLabel")),
                Map.entry("policy-status", List.of("country", "status", "statusLabel", "evidence")),
                Map.entry("countries-without-national-programme", List.of("country", "label", "evidence")),
                Map.entry("eu-platforms", List.of("platform", "name", "acronym")),
                Map.entry("evidence", List.of("sentence", "document", "start", "end")),
                Map.entry("links", List.of("resource", "property", "target")));
        contract.forEach((name, columns) -> {
            CannedQuery q = catalog.get(name).orElseThrow(() -> new AssertionError("missing query " + name));
            List<String> vars = q.query().getResultVars();
            assertEquals(columns, vars.subList(0, columns.size()), name);
        });
    }

    @Test
    void anInjectionAttemptIsJustAValueThatMatchesNothing() {
        String attack = "https://w3id.org/cluster-policy/id/x> } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o";
        BadParameterException e = org.junit.jupiter.api.Assertions.assertThrows(BadParameterException.class,
                () -> csv("evidence", Map.of("resource", attack)));
        assertEquals("resource", e.parameter());
        String rows = csv("evidence", Map.of("resource", "https://w3id.org/cluster-policy/id/x%3E%7D"));
        assertEquals(1, rows.strip().lines().count(), "header only: " + rows);
    }

    @Test
    void badParametersAreNamed() {
        assertEquals("from", org.junit.jupiter.api.Assertions.assertThrows(BadParameterException.class,
                () -> csv("timeline", Map.of("from", "twenty"))).parameter());
        assertEquals("status", org.junit.jupiter.api.Assertions.assertThrows(BadParameterException.class,
                () -> csv("policy-status", Map.of("status", "great"))).parameter());
        assertEquals("colour", org.junit.jupiter.api.Assertions.assertThrows(BadParameterException.class,
                () -> csv("countries", Map.of("colour", "red"))).parameter());
    }
}
