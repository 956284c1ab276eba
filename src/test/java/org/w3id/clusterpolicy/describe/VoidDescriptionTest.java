package org.w3id.clusterpolicy.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every number of the VoID description equals what an independent SPARQL COUNT query finds in the
 * committed graph (data/cluster-policy.trig, default graph = union of the named graphs).
 */
class VoidDescriptionTest {
    static DatasetGraph data;
    static Graph g;
    static Graph voidGraph;

    @BeforeAll
    static void describe() {
        data = Fixtures.data();
        g = data.getDefaultGraph();
        voidGraph = VoidDescription.describe(data, Fixtures.dumps(), Fixtures.URLS);
    }

    @Test
    void sizesAreCountedFromTheGraph() {
        assertEquals(Fixtures.count(data, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), number("void:triples"));
        assertEquals(Fixtures.count(data, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c }"), number("void:entities"));
        assertEquals(Fixtures.count(data, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"), number("void:distinctSubjects"));
        assertEquals(Fixtures.count(data, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"), number("void:distinctObjects"));
        assertEquals(Fixtures.count(data, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"), number("void:properties"));
        assertEquals(Fixtures.count(data, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"), number("void:classes"));
        assertTrue(number("void:triples") > 5000);
    }

    @Test
    void partitionsAreCountedFromTheGraph() {
        assertEquals(pairs(g, "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?k } GROUP BY ?k"),
                pairs(voidGraph, "SELECT ?k ?n WHERE { <%s> void:classPartition [ void:class ?k ; void:entities ?n ] }".formatted(Terms.DATASET)));
        assertEquals(pairs(g, "SELECT ?k (COUNT(*) AS ?n) WHERE { ?s ?k ?o } GROUP BY ?k"),
                pairs(voidGraph, "SELECT ?k ?n WHERE { <%s> void:propertyPartition [ void:property ?k ; void:triples ?n ] }".formatted(Terms.DATASET)));
        Set<String> namespaces = new TreeSet<>();
        Fixtures.select(g, "SELECT DISTINCT (REPLACE(STR(?t), \"[^/#]*$\", \"\") AS ?ns) WHERE { { ?s ?t ?o } UNION { ?s a ?t } }")
                .forEach(r -> namespaces.add(r.getLiteral("ns").getLexicalForm()));
        assertEquals(namespaces, DcatCatalogTest.values(voidGraph, "SELECT ?v WHERE { <%s> void:vocabulary ?v }".formatted(Terms.DATASET)));
        assertTrue(namespaces.contains("https://w3id.org/cluster-policy/ontology#"));
    }

    @ParameterizedTest
    @EnumSource(LinkTarget.class)
    void eachTargetHasItsLinksetsWithCountsFromTheGraph(LinkTarget target) {
        Map<String, Long> expected = pairs(g, """
                SELECT ?k (COUNT(*) AS ?n) WHERE { ?s ?k ?o
                  FILTER(isIRI(?o) && STRSTARTS(STR(?o), "%1$s") && !STRSTARTS(STR(?s), "%1$s")) } GROUP BY ?k""".formatted(target.uriSpace));
        Map<String, Long> linksets = pairs(voidGraph, """
                SELECT ?k ?n WHERE { <%s> void:subset ?l . ?l a void:Linkset ; void:linkPredicate ?k ; void:triples ?n ;
                  void:subjectsTarget <%1$s> ; void:objectsTarget [ a void:Dataset ; void:uriSpace "%s" ; dct:title ?t ] }"""
                .formatted(Terms.DATASET, target.uriSpace));
        assertTrue(!expected.isEmpty() && expected.values().stream().allMatch(n -> n > 0), target + " has no links");
        assertEquals(expected, linksets);
    }

    @Test
    void namesItsDumpsEndpointAndResources() {
        assertEquals(Fixtures.dumps().stream().map(d -> Fixtures.URLS.download(d.fileName())).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                DcatCatalogTest.values(voidGraph, "SELECT ?v WHERE { <%s> void:dataDump ?v }".formatted(Terms.DATASET)));
        assertEquals(Set.of("http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/N-Triples", "http://www.w3.org/ns/formats/TriG",
                        "http://www.w3.org/ns/formats/JSON-LD", "http://www.w3.org/ns/formats/RDF_XML", "http://www.w3.org/ns/formats/N-Quads"),
                DcatCatalogTest.values(voidGraph, "SELECT ?v WHERE { <%s> void:feature ?v }".formatted(Terms.DATASET)));
        assertEquals(Set.of(Fixtures.URLS.sparql()), DcatCatalogTest.values(voidGraph, "SELECT ?v WHERE { <%s> void:sparqlEndpoint ?v }".formatted(Terms.DATASET)));
        assertEquals(Set.of("https://w3id.org/cluster-policy/id/"), DcatCatalogTest.values(voidGraph, "SELECT ?v WHERE { <%s> void:uriSpace ?v }".formatted(Terms.DATASET)));
        Set<String> examples = DcatCatalogTest.values(voidGraph, "SELECT ?v WHERE { <%s> void:exampleResource ?v }".formatted(Terms.DATASET));
        assertEquals(3, examples.size());
        for (String e : examples) {
            assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(e), org.w3id.clusterpolicy.rdf.Vocab.TYPE,
                    org.w3id.clusterpolicy.rdf.Vocab.cpo("CountryProfile")), e);
        }
        assertEquals(Set.of("de", "en"), DcatCatalogTest.values(voidGraph, "SELECT (LANG(?t) AS ?v) WHERE { <%s> a void:Dataset ; dct:title ?t }".formatted(Terms.DATASET)));
    }

    @Test
    void theSameGraphGivesTheSameDescriptionAndItSurvivesTurtle() {
        assertTrue(VoidDescription.describe(Fixtures.data(), Fixtures.dumps().reversed(), Fixtures.URLS).isIsomorphicWith(voidGraph));
        assertTrue(Fixtures.turtleRoundTrip(voidGraph).isIsomorphicWith(voidGraph));
    }

    private static long number(String property) {
        QuerySolution r = Fixtures.select(voidGraph, "SELECT ?n WHERE { <%s> %s ?n }".formatted(Terms.DATASET, property)).getFirst();
        return r.getLiteral("n").getLong();
    }

    /** ?k (IRI) → ?n (number), from a query over a graph. */
    private static Map<String, Long> pairs(Graph graph, String query) {
        Map<String, Long> out = new TreeMap<>();
        Fixtures.select(graph, query).forEach(r -> out.put(r.getResource("k").getURI(), r.getLiteral("n").getLong()));
        return out;
    }
}
