package org.w3id.clusterpolicy.describe;

import org.w3id.clusterpolicy.store.DumpInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * The catalogue of the committed graph conforms to the official DCAT-AP 3.0.1 shapes, including
 * the controlled-vocabulary shapes (checked against the authority-list entries it uses), and the
 * same shapes reject it when a rule of the profile is broken.
 */
class DcatCatalogTest {
    static final DcatApShapes SHAPES = DcatApShapes.load();
    static DatasetGraph data;
    static Graph authorityEntries;
    static Graph catalog;

    static final Node DATASET = NodeFactory.createURI(Terms.DATASET);
    static final Node CATALOG = NodeFactory.createURI(Terms.CATALOG);
    static final Node TURTLE_DISTRIBUTION = NodeFactory.createURI(Terms.DISTRIBUTION_BASE + "cluster-policy.ttl");

    @BeforeAll
    static void describe() {
        data = Fixtures.data();
        authorityEntries = DcatApShapes.authorityEntries(data);
        catalog = DcatCatalog.describe(data, Fixtures.dumps(), Fixtures.URLS);
    }

    @Test
    void conformsToDcatAp301WithItsControlledVocabularies() {
        ValidationReport report = SHAPES.validate(catalog, authorityEntries);
        List<ReportEntry> violations = report.getEntries().stream().filter(e -> e.severity().equals(Severity.Violation)).toList();
        assertTrue(violations.isEmpty(), () -> "DCAT-AP violations:" + show(violations));
        // The warnings left are known and explained in the report of this work: the publisher is
        // not an EU corporate body, and no data-theme identifier has been checked for the catalogue.
        Set<String> warnings = report.getEntries().stream().map(e -> e.focusNode().getURI() + " " + e.resultPath())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(
                Terms.CATALOG + " <" + DCAT.themeTaxonomy.getURI() + ">",
                Terms.CATALOG + " <" + DCTerms.publisher.getURI() + ">",
                Terms.DATASET + " <" + DCTerms.publisher.getURI() + ">")), warnings, () -> show(report.getEntries()));
    }

    static Stream<Arguments> brokenCatalogues() {
        Node fileType = NodeFactory.createURI(Terms.FILE_TYPE + "NO_SUCH_TYPE");
        Node language = NodeFactory.createURI("http://example.org/language/english");
        Node algorithm = NodeFactory.createURI("http://example.org/hash/sha256");
        return Stream.of(
                Arguments.of("dataset without a title", DATASET, (Consumer<Graph>) g -> g.remove(DATASET, DCTerms.title.asNode(), Node.ANY)),
                Arguments.of("catalogue without a publisher", CATALOG, (Consumer<Graph>) g -> g.remove(CATALOG, DCTerms.publisher.asNode(), Node.ANY)),
                Arguments.of("distribution without an access URL", TURTLE_DISTRIBUTION,
                        (Consumer<Graph>) g -> g.remove(TURTLE_DISTRIBUTION, DCAT.accessURL.asNode(), Node.ANY)),
                Arguments.of("file type outside the authority list", TURTLE_DISTRIBUTION, (Consumer<Graph>) g -> {
                    g.remove(TURTLE_DISTRIBUTION, DCTerms.format.asNode(), Node.ANY);
                    g.add(TURTLE_DISTRIBUTION, DCTerms.format.asNode(), fileType);
                    g.add(fileType, RDF.type.asNode(), DCTerms.MediaTypeOrExtent.asNode());
                }),
                Arguments.of("language outside the authority list", DATASET, (Consumer<Graph>) g -> {
                    g.add(DATASET, DCTerms.language.asNode(), language);
                    g.add(language, RDF.type.asNode(), DCTerms.LinguisticSystem.asNode());
                }),
                Arguments.of("byte size as a decimal", TURTLE_DISTRIBUTION, (Consumer<Graph>) g -> {
                    g.remove(TURTLE_DISTRIBUTION, DCAT.byteSize.asNode(), Node.ANY);
                    g.add(TURTLE_DISTRIBUTION, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT("12.5",
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
                }),
                Arguments.of("checksum algorithm not from SPDX", null, (Consumer<Graph>) g -> {
                    Node spdxAlgorithm = NodeFactory.createURI(Terms.SPDX + "algorithm");
                    for (Triple t : g.find(Node.ANY, spdxAlgorithm, Node.ANY).toList()) {
                        g.delete(t);
                        g.add(t.getSubject(), spdxAlgorithm, algorithm);
                    }
                    g.add(algorithm, RDF.type.asNode(), NodeFactory.createURI(Terms.SPDX + "ChecksumAlgorithm"));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCatalogues")
    void theOfficialShapesRejectABrokenCatalogue(String defect, Node focus, Consumer<Graph> breakIt) {
        Graph broken = copy(catalog);
        breakIt.accept(broken);
        List<ReportEntry> violations = SHAPES.validate(broken, authorityEntries).getEntries().stream()
                .filter(e -> e.severity().equals(Severity.Violation)).toList();
        assertFalse(violations.isEmpty(), defect + " passed the shapes");
        if (focus != null) {
            assertTrue(violations.stream().anyMatch(e -> e.focusNode().equals(focus)), () -> defect + ": nothing on " + focus + show(violations));
        }
    }

    @Test
    void oneDistributionPerDumpAndOneForTheEndpoint() {
        List<DumpInfo> dumps = Fixtures.dumps();
        var rows = Fixtures.select(catalog, """
                SELECT ?d ?download ?media ?format ?size ?sum ?compress WHERE {
                  <%s> dcat:distribution ?d . ?d dcat:downloadURL ?download ; dcat:accessURL ?download ; dcat:mediaType ?media ;
                     dct:format ?format ; dcat:byteSize ?size ; dct:license ?licence ; dct:modified ?modified ;
                     spdx:checksum [ a spdx:Checksum ; spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sum ] .
                  OPTIONAL { ?d dcat:compressFormat ?compress }
                }""".formatted(Terms.DATASET));
        assertEquals(dumps.size(), rows.size());
        for (DumpInfo dump : dumps) {
            var row = rows.stream().filter(r -> r.getResource("download").getURI().equals(Fixtures.URLS.download(dump.fileName()))).findFirst().orElseThrow();
            assertEquals(Terms.DISTRIBUTION_BASE + dump.fileName(), row.getResource("d").getURI());
            assertEquals(Terms.FILE_TYPE + dump.fileType(), row.getResource("format").getURI());
            assertEquals(dump.byteSize(), row.getLiteral("size").getLong());
            assertEquals(dump.sha256(), row.getLiteral("sum").getLexicalForm());
            assertEquals(dump.gzipped() ? Terms.GZIP : null, row.contains("compress") ? row.getResource("compress").getURI() : null);
            if (!dump.gzipped()) {
                assertEquals(Terms.IANA_MEDIA_TYPES + dump.mediaType(), row.getResource("media").getURI());
            }
        }
        var gz = rows.stream().filter(r -> r.contains("compress")).findFirst().orElseThrow();
        assertEquals(Terms.IANA_MEDIA_TYPES + "application/n-quads", gz.getResource("media").getURI());
        assertEquals(Terms.FILE_TYPE + "RDF_N_QUADS", gz.getResource("format").getURI());

        var endpoint = Fixtures.select(catalog, """
                SELECT ?d WHERE { <%s> dcat:distribution ?d . ?d dcat:accessURL <%s> ; dcat:accessService <%s> .
                  <%s> a dcat:DataService ; dcat:endpointURL <%s> ; dcat:endpointDescription <%s> ; dcat:servesDataset <%s> ;
                     dct:conformsTo <https://www.w3.org/TR/sparql11-protocol/> ; dct:license ?l .
                  <%s> dcat:service <%s> ; dcat:dataset <%s> }"""
                .formatted(Terms.DATASET, Fixtures.URLS.sparql(), Terms.DATA_SERVICE, Terms.DATA_SERVICE, Fixtures.URLS.sparql(),
                        Fixtures.URLS.sparql(), Terms.DATASET, Terms.CATALOG, Terms.DATA_SERVICE, Terms.DATASET));
        assertEquals(1, endpoint.size());
    }

    @Test
    void coverageSourcesAndDatesComeFromTheData() {
        var data = DcatCatalogTest.data;
        var period = Fixtures.select(catalog, "SELECT ?start ?end WHERE { <%s> dct:temporal [ a dct:PeriodOfTime ; dcat:startDate ?start ; dcat:endDate ?end ] }"
                .formatted(Terms.DATASET)).getFirst();
        assertEquals(Fixtures.count(data, "SELECT (MIN(xsd:integer(STR(?y))) AS ?n) WHERE { ?e a cpo:PolicyEvent ; cpo:startYear|cpo:endYear ?y }"),
                Long.parseLong(period.getLiteral("start").getLexicalForm()));
        assertEquals(Fixtures.count(data, "SELECT (MAX(xsd:integer(STR(?y))) AS ?n) WHERE { ?e a cpo:PolicyEvent ; cpo:startYear|cpo:endYear ?y }"),
                Long.parseLong(period.getLiteral("end").getLexicalForm()));

        assertEquals(values(data.getDefaultGraph(), "SELECT DISTINCT ?v WHERE { ?p a cpo:CountryProfile ; cpo:country ?v }"),
                values(catalog, "SELECT ?v WHERE { <%s> dct:spatial ?v }".formatted(Terms.DATASET)));
        assertEquals(values(data.getDefaultGraph(), "SELECT DISTINCT ?v WHERE { ?d a cpo:SourceDocument ; cpo:sourcePage ?v }"),
                values(catalog, "SELECT ?v WHERE { <%s> dct:source ?v . ?v a dcat:Dataset ; dct:title ?t ; dct:description ?d }".formatted(Terms.DATASET)));
        assertEquals(Set.of(Terms.LANGUAGE + "DEU", Terms.LANGUAGE + "ENG"), values(catalog, "SELECT ?v WHERE { <%s> dct:language ?v }".formatted(Terms.DATASET)));

        for (Node r : List.of(DATASET, CATALOG)) {
            var dates = Fixtures.select(catalog, "SELECT ?issued ?modified WHERE { <%s> dct:issued ?issued ; dct:modified ?modified }".formatted(r.getURI())).getFirst();
            assertEquals(values(data.getDefaultGraph(), "SELECT (MIN(?r) AS ?v) WHERE { ?d a cpo:SourceDocument ; cpo:retrieved ?r }"),
                    Set.of(dates.getLiteral("issued").getLexicalForm()));
            assertEquals(values(data.getDefaultGraph(), "SELECT (MAX(?r) AS ?v) WHERE { ?d a cpo:SourceDocument ; cpo:retrieved ?r }"),
                    Set.of(dates.getLiteral("modified").getLexicalForm()));
            assertEquals(Vocab.XSD + "date", dates.getLiteral("issued").getDatatypeURI());
        }
    }

    @Test
    void everyTextIsTaggedEnglishOrGermanAndThePublisherIsNamed() {
        Set<String> untagged = new TreeSet<>();
        Set<String> tags = new TreeSet<>();
        catalog.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && o.getLiteralDatatypeURI().equals(Vocab.XSD + "string")) {
                untagged.add(t.toString());
            } else if (o.isLiteral() && !o.getLiteralLanguage().isEmpty()) {
                tags.add(o.getLiteralLanguage());
            }
        });
        assertTrue(untagged.isEmpty(), untagged.toString());
        assertEquals(Set.of("de", "en"), tags);
        assertEquals(Set.of("de", "en"), values(catalog, "SELECT (LANG(?n) AS ?v) WHERE { <%s> a foaf:Agent ; foaf:name ?n }".formatted(Terms.PUBLISHER)));
        assertEquals(Set.of("de", "en"), values(catalog, "SELECT DISTINCT (LANG(?k) AS ?v) WHERE { <%s> dcat:keyword ?k }".formatted(Terms.DATASET)));
    }

    @Test
    void usesOnlyCheckedIdentifiersOfTheEuVocabularies() throws IOException {
        // Country entries are listed in countries.csv, which is derived from checked sources.
        String checked = Files.readString(Path.of("data", "vocab", "checked-identifiers.csv"))
                + Files.readString(Path.of("data", "vocab", "countries.csv"));
        Set<String> unchecked = new TreeSet<>();
        catalog.find().forEachRemaining(t -> Stream.of(t.getSubject(), t.getObject()).filter(Node::isURI).map(Node::getURI)
                .filter(iri -> iri.startsWith(Vocab.AUTHORITY) || iri.startsWith(Vocab.EUROVOC) || iri.startsWith("http://data.europa.eu/"))
                .filter(iri -> !checked.contains(iri + ","))
                .forEach(unchecked::add));
        assertTrue(unchecked.isEmpty(), unchecked.toString());
        assertTrue(values(catalog, "SELECT ?v WHERE { <%s> dct:subject ?v }".formatted(Terms.DATASET)).contains("http://eurovoc.europa.eu/c_de4d6f2f"));
    }

    @Test
    void theSameGraphGivesTheSameDescriptionAndItSurvivesTurtle() {
        Graph again = DcatCatalog.describe(Fixtures.data(), Fixtures.dumps().reversed(), Fixtures.URLS);
        assertTrue(again.isIsomorphicWith(catalog), "two runs differ");
        assertTrue(Fixtures.turtleRoundTrip(catalog).isIsomorphicWith(catalog), "Turtle round trip changed the graph");
    }

    /** The values of ?v, as IRIs or lexical forms. */
    static Set<String> values(Graph g, String query) {
        return Fixtures.select(g, query).stream().map(r -> r.get("v")).map(DcatCatalogTest::text).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String text(RDFNode n) {
        return n.isURIResource() ? n.asResource().getURI() : n.asLiteral().getLexicalForm();
    }

    static Graph copy(Graph g) {
        Graph out = GraphMemFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    static String show(Collection<ReportEntry> entries) {
        return entries.stream().map(e -> "\n  " + e.severity().level().getLocalName() + " " + e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining());
    }
}
