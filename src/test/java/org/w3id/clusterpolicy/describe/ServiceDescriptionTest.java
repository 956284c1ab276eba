package org.w3id.clusterpolicy.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.store.GraphFiles;

/** The service description names the endpoint, and its graph sizes are those of the data. */
class ServiceDescriptionTest {
    static DatasetGraph data;
    static Graph sd;

    @BeforeAll
    static void describe() {
        data = Fixtures.data();
        sd = ServiceDescription.describe(data, Fixtures.URLS);
    }

    @Test
    void aReadOnlyQueryServiceAtTheEndpoint() {
        var rows = Fixtures.select(sd, """
                SELECT ?s WHERE { ?s a sd:Service ; sd:endpoint <%s> ; sd:supportedLanguage sd:SPARQL11Query ;
                  sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ; sd:feature sd:UnionDefaultGraph ;
                  rdfs:seeAlso <%s>, <%s> ; dct:title ?t }""".formatted(Fixtures.URLS.sparql(), Fixtures.URLS.voidDescription(), Fixtures.URLS.catalog()));
        assertEquals(Set.of(Terms.DATA_SERVICE), Set.copyOf(rows.stream().map(r -> r.getResource("s").getURI()).toList()));
        assertEquals(Set.of(Terms.SD + "SPARQL11Query"), DcatCatalogTest.values(sd, "SELECT ?v WHERE { ?s sd:supportedLanguage ?v }"));
        Set<String> formats = DcatCatalogTest.values(sd, "SELECT ?v WHERE { ?s sd:resultFormat ?v }");
        assertTrue(formats.containsAll(Set.of(Terms.FORMATS + "SPARQL_Results_JSON", Terms.FORMATS + "SPARQL_Results_XML",
                Terms.FORMATS + "SPARQL_Results_CSV", Terms.FORMATS + "SPARQL_Results_TSV", Terms.FORMATS + "Turtle")), formats.toString());
    }

    @Test
    void graphSizesAreThoseOfTheData() {
        assertEquals(Fixtures.count(data, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                Fixtures.select(sd, "SELECT ?n WHERE { ?s sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ; void:triples ?n ] ] }")
                        .getFirst().getLiteral("n").getLong());
        Map<String, Long> expected = new TreeMap<>();
        try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(data)
                .query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").build()) {
            qe.select().forEachRemaining(b -> expected.put(b.get("g").getURI(), Long.parseLong(b.get("n").getLiteralLexicalForm())));
        }
        Map<String, Long> described = new TreeMap<>();
        Fixtures.select(sd, "SELECT ?g ?n WHERE { ?s sd:defaultDataset/sd:namedGraph [ sd:name ?g ; sd:graph [ a sd:Graph ; void:triples ?n ] ] }")
                .forEach(r -> described.put(r.getResource("g").getURI(), r.getLiteral("n").getLong()));
        assertEquals(7, expected.size());
        assertEquals(expected, described);
    }

    @Test
    void aDumpWithoutNamedGraphsHasNoUnionDefaultGraph() {
        Graph plain = ServiceDescription.describe(GraphFiles.load(Path.of("data", "cluster-policy.ttl")), Fixtures.URLS);
        assertFalse(DcatCatalogTest.values(plain, "SELECT ?v WHERE { ?s sd:feature ?v }").contains(Terms.SD + "UnionDefaultGraph"));
        assertTrue(DcatCatalogTest.values(plain, "SELECT ?v WHERE { ?s sd:defaultDataset/sd:namedGraph ?v }").isEmpty());
    }

    @Test
    void theSameGraphGivesTheSameDescriptionAndItSurvivesTurtle() {
        assertTrue(ServiceDescription.describe(Fixtures.data(), Fixtures.URLS).isIsomorphicWith(sd));
        assertTrue(Fixtures.turtleRoundTrip(sd).isIsomorphicWith(sd));
        assertEquals(Set.of("de", "en"), DcatCatalogTest.values(sd, "SELECT (LANG(?t) AS ?v) WHERE { ?s a sd:Service ; dct:title ?t }"));
    }
}
