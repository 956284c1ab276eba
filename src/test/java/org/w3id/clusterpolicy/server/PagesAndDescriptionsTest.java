package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.HtmlValidity;

/** The home page, the ontology, the health check, the DCAT-AP catalogue and the VoID description. */
class PagesAndDescriptionsTest {
    static final String BROWSER = ResourceTest.BROWSER;

    @Test
    void theHomePageShowsCountriesQueriesDownloadsAndEndpoints() {
        HttpResponse<String> r = TestServer.get("/", "Accept", BROWSER);
        assertEquals(200, r.statusCode());
        HtmlValidity.assertValidHtml5(r.body());
        Document d = Jsoup.parse(r.body());
        assertEquals("en", d.select("html").attr("lang"));
        assertEquals(41, d.select("#countries a[href^=/id/profile/]").size());
        for (JsonNodeName q : queries()) {
            Element form = d.selectFirst("form[action=/api/queries/" + q.name + "]");
            assertTrue(form != null, "form for " + q.name);
        }
        for (String f : DownloadTest.FILES) {
            assertTrue(!d.select("a[href=/download/" + f + "]").isEmpty(), f);
        }
        for (String href : new String[] {"/sparql", "/catalog", "/.well-known/void", "/api/openapi.json", "/ontology"}) {
            assertTrue(!d.select("a[href=" + href + "]").isEmpty(), href);
        }
    }

    record JsonNodeName(String name) {}

    static java.util.List<JsonNodeName> queries() {
        try {
            java.util.List<JsonNodeName> out = new java.util.ArrayList<>();
            for (JsonNode q : new ObjectMapper().readTree(TestServer.get("/api/queries").body())) {
                out.add(new JsonNodeName(q.get("name").asText()));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pagesAreGermanByAcceptLanguageOrSwitch() {
        HttpResponse<String> byHeader = TestServer.get("/", "Accept", BROWSER, "Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
        Document d = Jsoup.parse(byHeader.body());
        assertEquals("de", d.select("html").attr("lang"));
        assertTrue(d.text().contains("Länderprofile"), "German texts");
        Element toEnglish = d.selectFirst("a[hreflang=en]");
        assertEquals("/?lang=en", toEnglish.attr("href"));
        Document switched = Jsoup.parse(TestServer.get("/?lang=de", "Accept", BROWSER).body());
        assertEquals("de", switched.select("html").attr("lang"));
        HtmlValidity.assertValidHtml5(byHeader.body());
    }

    @Test
    void theOntologyIsDocumentedInHtmlAndServedAsRdf() {
        HttpResponse<String> html = TestServer.get("/ontology", "Accept", BROWSER);
        assertEquals(200, html.statusCode());
        HtmlValidity.assertValidHtml5(html.body());
        Document d = Jsoup.parse(html.body());
        for (String term : new String[] {"CountryProfile", "Programme", "RoleAssignment", "policyStatus", "startYear"}) {
            assertTrue(d.getElementById(term) != null, "anchor " + term);
        }
        HttpResponse<String> ttl = TestServer.get("/ontology", "Accept", "text/turtle");
        Graph g = RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(Vocab.cpo("CountryProfile"), Vocab.TYPE, Vocab.iri(Vocab.OWL + "Class")));
        assertEquals(200, TestServer.get("/ontology/context.jsonld").statusCode());
        assertEquals(200, TestServer.get("/ontology/shapes.ttl").statusCode());
        assertEquals(404, TestServer.get("/ontology/../pom.xml").statusCode());
    }

    @Test
    void health() throws Exception {
        HttpResponse<String> r = TestServer.get("/health");
        assertEquals(200, r.statusCode());
        JsonNode j = new ObjectMapper().readTree(r.body());
        assertEquals("ok", j.get("status").asText());
        assertEquals("memory", j.get("store").asText());
    }

    @Test
    void theCatalogueConformsToTheOfficialDcatApShapes() {
        HttpResponse<String> r = TestServer.get("/catalog", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph catalog = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        ServedData data = TestServer.shared().data();
        var report = data.read(() -> org.w3id.clusterpolicy.describe.DcatApShapes.load()
                .validate(catalog, org.w3id.clusterpolicy.describe.DcatApShapes.authorityEntries(data.dataset())));
        var violations = report.getEntries().stream()
                .filter(e -> e.severity() == org.apache.jena.shacl.validation.Severity.Violation).toList();
        assertTrue(violations.isEmpty(), "DCAT-AP 3.0.1 violations: " + violations);
        assertTrue(r.body().contains(TestServer.shared().url() + "/download/cluster-policy.ttl"), "download URLs of this server");
        assertTrue(r.body().contains(TestServer.shared().url() + "/sparql"), "the endpoint");
        for (String type : new String[] {"application/ld+json", "application/rdf+xml"}) {
            HttpResponse<String> other = TestServer.get("/catalog", "Accept", type);
            assertEquals(200, other.statusCode());
            assertTrue(RDFParser.fromString(other.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(type)).toGraph().isIsomorphicWith(catalog));
        }
    }

    @Test
    void theVoidDescriptionCountsTheServedGraph() {
        HttpResponse<String> r = TestServer.get("/.well-known/void");
        assertEquals(200, r.statusCode());
        Graph v = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        Node triples = Vocab.iri("http://rdfs.org/ns/void#triples");
        Node dataset = Vocab.iri("https://w3id.org/cluster-policy/dataset");
        long served = TestServer.shared().data().store().size();
        assertEquals(served, Long.parseLong(v.find(dataset, triples, Node.ANY).next().getObject().getLiteralLexicalForm()));
        assertTrue(v.find(Node.ANY, Vocab.TYPE, Vocab.iri("http://rdfs.org/ns/void#Linkset")).toList().size() >= 5, "linksets");
    }
}
