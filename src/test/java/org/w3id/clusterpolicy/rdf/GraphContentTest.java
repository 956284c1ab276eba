package org.w3id.clusterpolicy.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.store.GraphFiles;

/** What the committed graph must hold, checked on data/cluster-policy.trig. */
class GraphContentTest {
    static DatasetGraph dataset;
    static Graph g;

    @BeforeAll
    static void load() {
        dataset = GraphFiles.load(Path.of("data", "cluster-policy.trig"));
        g = dataset.getDefaultGraph();
    }

    static Set<Node> instances(String cls) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, Vocab.TYPE, Vocab.cpo(cls)).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    static String text(Node s) {
        return g.find(s, Vocab.TEXT, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    static int integer(Node s, Node p) {
        return Integer.parseInt(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void fortyOneCountryProfilesOnAuthorityIrisWithWikidataCodesAndLabels() {
        Set<Node> profiles = instances("CountryProfile");
        assertEquals(41, profiles.size());
        for (Node p : profiles) {
            Node country = g.find(p, Vocab.COUNTRY, Node.ANY).next().getObject();
            assertTrue(country.getURI().matches("http://publications\\.europa\\.eu/resource/authority/country/[A-Z]{3}"), country.toString());
            assertTrue(g.find(country, Vocab.EXACT_MATCH, Node.ANY).toList().stream()
                    .anyMatch(t -> t.getObject().getURI().startsWith(Vocab.WIKIDATA)), country + " has no Wikidata match");
            assertTrue(g.contains(country, Vocab.cpo("isoAlpha3"), Node.ANY), country + " has no alpha-3 code");
            Set<String> langs = new TreeSet<>();
            g.find(country, Vocab.PREF_LABEL, Node.ANY).forEachRemaining(t -> langs.add(t.getObject().getLiteralLanguage()));
            assertEquals(new TreeSet<>(Snippets.registry().codes()), langs, country + " labels in every language of the registry");
        }
        Node kosovo = IriMinter.country("XKX");
        assertTrue(g.contains(kosovo, Vocab.EXACT_MATCH, Vocab.iri("http://www.wikidata.org/entity/Q1246")));
        assertTrue(g.contains(IriMinter.country("MKD"), Vocab.ALT_LABEL, org.apache.jena.graph.NodeFactory.createLiteralLang("Macedonia", "en")));
        assertTrue(g.contains(IriMinter.country("MKD"), Vocab.ALT_LABEL, org.apache.jena.graph.NodeFactory.createLiteralLang("Mazedonien", "de")));
    }

    @Test
    void everySentenceAndSectionQuotesItsDocumentAtItsOffsets() {
        Set<Node> spans = new HashSet<>(instances("Sentence"));
        spans.addAll(instances("Section"));
        assertTrue(spans.size() > 100, "sentences and sections: " + spans.size());
        for (Node s : spans) {
            Node doc = g.find(s, Vocab.DOCUMENT, Node.ANY).next().getObject();
            String full = text(doc);
            int begin = integer(s, Vocab.NIF_BEGIN);
            int end = integer(s, Vocab.NIF_END);
            String quoted = full.substring(full.offsetByCodePoints(0, begin), full.offsetByCodePoints(0, end));
            assertEquals(quoted, text(s), s + " does not quote its document");
        }
    }

    @Test
    void everyExtractedResourceNamesItsSentenceAndRule() {
        for (String cls : List.of("Programme", "Organisation", "EUPlatform", "RoleAssignment", "PolicyEvent", "Quantity", "Assertion")) {
            Set<Node> all = instances(cls);
            assertFalse(all.isEmpty(), cls);
            for (Node r : all) {
                List<Triple> from = g.find(r, Vocab.DERIVED_FROM, Node.ANY).toList();
                assertFalse(from.isEmpty(), r + " has no evidence");
                for (Triple t : from) {
                    assertTrue(g.contains(t.getObject(), Vocab.TYPE, Vocab.cpo("Sentence")), t.getObject() + " is not a sentence");
                }
                assertTrue(g.contains(r, Vocab.RULE, Node.ANY), r + " has no rule");
            }
        }
    }

    @Test
    void everyTextLiteralCarriesItsLanguage() {
        Set<Node> plainAllowed = Set.of(Vocab.RULE, Vocab.NOTATION, Vocab.cpo("isoAlpha2"), Vocab.cpo("isoAlpha3"),
                Vocab.iri(Vocab.VANN + "preferredNamespacePrefix"), Vocab.iri(Vocab.VANN + "preferredNamespaceUri"),
                Vocab.iri("http://www.w3.org/2002/07/owl#versionInfo"));
        g.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && o.getLiteralDatatypeURI().equals(Vocab.XSD + "string")) {
                assertTrue(plainAllowed.contains(t.getPredicate()), "plain string without language: " + t);
            }
        });
    }

    @Test
    void englishAndGermanPagesMergeOntoTheSameProfiles() {
        for (String country : List.of("albania", "greece", "hungary", "malta", "turkiye")) {
            Node p = Vocab.iri(Vocab.DEFAULT_BASE + "profile/" + country);
            Set<String> langs = new TreeSet<>();
            g.find(p, Vocab.DCT_DESCRIPTION, Node.ANY).forEachRemaining(t -> langs.add(t.getObject().getLiteralLanguage()));
            assertEquals(Set.of("en", "de"), langs, country);
        }
        Node rda = Vocab.iri(Vocab.DEFAULT_BASE + "organisation/turkiye-rda");
        Set<String> labels = new TreeSet<>();
        g.find(rda, Vocab.LABEL, Node.ANY).forEachRemaining(t -> labels.add(t.getObject().getLiteralLexicalForm() + "@" + t.getObject().getLiteralLanguage()));
        assertEquals(Set.of("Regional Development Agencies@en", "Regionale Entwicklungsagenturen@de"), labels);
    }

    @Test
    void documentsCarryAddressLanguagePublisherAndDates() {
        Node malta = Vocab.iri(Vocab.DEFAULT_BASE + "document/clusterplattform-de-malta");
        assertTrue(g.contains(malta, Vocab.cpo("sourcePage"), Vocab.iri("http://www.clusterplattform.de/CLUSTER/Redaktion/DE/Standardartikel/Cluster_Europa/malta-lang.html")));
        assertTrue(g.contains(malta, Vocab.DCT_LANGUAGE, Vocab.iri("http://publications.europa.eu/resource/authority/language/DEU")));
        assertTrue(g.contains(malta, Vocab.DCT_MODIFIED, org.apache.jena.graph.NodeFactory.createLiteralDT("2017-04", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth)));
        assertTrue(g.contains(malta, Vocab.cpo("retrieved"), org.apache.jena.graph.NodeFactory.createLiteralDT("2026-11-25", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        assertTrue(g.contains(malta, Vocab.DCT_PUBLISHER, Node.ANY));
        List<Node> graphs = new java.util.ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(7, graphs.size(), "one named graph per source and one for the vocabularies");
    }

    @Test
    void thePageDateLineIsNotAnEvent() {
        g.find(Node.ANY, Vocab.TYPE, Vocab.cpo("PolicyEvent")).forEachRemaining(t -> {
            Node sentence = g.find(t.getSubject(), Vocab.DERIVED_FROM, Node.ANY).next().getObject();
            assertFalse(text(sentence).startsWith("Stand"), t.getSubject() + " comes from a Stand: line");
        });
    }

    /** Never an invented identifier: every EU-vocabulary or Wikidata IRI the graph uses has a source in data/vocab. */
    @Test
    void everyExternalIdentifierHasASourceInDataVocab() throws IOException {
        String checked = Files.readString(Path.of("data", "vocab", "checked-identifiers.csv"));
        String countries = Files.readString(Path.of("data", "vocab", "countries.csv"));
        // Every NUTS code comes from nuts-regions.csv, whose source checked-identifiers.csv records (row nuts-regions).
        Set<String> nutsCodes = new TreeSet<>();
        Files.readAllLines(Path.of("data", "vocab", "nuts-regions.csv")).stream().skip(1).forEach(l -> nutsCodes.add(l.substring(0, l.indexOf(','))));
        assertTrue(checked.contains("nuts-regions,"), "checked-identifiers.csv records the source of nuts-regions.csv");
        Set<String> external = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (n.isURI() && (n.getURI().startsWith(Vocab.AUTHORITY) || n.getURI().startsWith("http://data.europa.eu/")
                        || n.getURI().startsWith(Vocab.EUROVOC) || n.getURI().startsWith(Vocab.WIKIDATA))) {
                    external.add(n.getURI());
                }
            }
        });
        assertTrue(external.size() > 60, external.toString());
        for (String iri : external) {
            boolean sourced = checked.contains(iri) || countries.contains(iri) || iri.equals(Vocab.COUNTRY_SCHEME)
                    || checked.contains(iri.replaceAll("/[^/]+$", "/") ) && iri.startsWith(Vocab.AUTHORITY) && isScheme(iri)
                    || iri.equals("http://data.europa.eu/ux2/nace2/nace2")
                    || iri.startsWith("http://data.europa.eu/nuts/code/") && nutsCodes.contains(iri.substring("http://data.europa.eu/nuts/code/".length()));
            assertTrue(sourced || isScheme(iri), "no source in data/vocab for " + iri);
        }
    }

    private static boolean isScheme(String iri) {
        return iri.matches("http://publications\\.europa\\.eu/resource/authority/[a-z-]+") || iri.matches("http://data\\.europa\\.eu/nuts/scheme/20(16|21|24)");
    }

    @Test
    void sectorsLinkToNaceAndEurovocRegionsToNutsFundsToEurovoc() {
        Node meat = IriMinter.sector("meat-processing");
        assertTrue(g.contains(meat, Vocab.EXACT_MATCH, Vocab.iri("http://data.europa.eu/ux2/nace2/101")));
        assertTrue(g.contains(IriMinter.region("flanders"), Vocab.EXACT_MATCH, Vocab.iri("http://data.europa.eu/nuts/code/BE2")));
        assertTrue(g.contains(IriMinter.fund("erdf"), Vocab.EXACT_MATCH, Vocab.iri("http://eurovoc.europa.eu/1056")));
        assertTrue(g.contains(Vocab.iri(Vocab.DEFAULT_BASE + "profile/albania"), Vocab.cpo("sector"), meat));
    }
}
