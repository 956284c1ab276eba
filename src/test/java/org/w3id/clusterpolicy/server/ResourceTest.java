package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.HtmlValidity;

/** Every resource IRI of the graph dereferences, in HTML for browsers and RDF for the rest. */
class ResourceTest {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static List<String> resourceIris() {
        ServedData data = TestServer.shared().data();
        Set<String> out = new TreeSet<>();
        data.read(() -> {
            data.dataset().getDefaultGraph().find().forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Vocab.DEFAULT_BASE)) {
                    out.add(t.getSubject().getURI());
                }
            });
            return null;
        });
        return new ArrayList<>(out);
    }

    static String path(String iri) {
        return "/id/" + iri.substring(Vocab.DEFAULT_BASE.length());
    }

    @Test
    void everyResourceDereferencesInHtmlAndTurtle() {
        List<String> iris = resourceIris();
        assertTrue(iris.size() > 400, "resources: " + iris.size());
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        iris.parallelStream().forEach(iri -> {
            HttpResponse<String> html = TestServer.get(path(iri), "Accept", BROWSER);
            if (html.statusCode() != 200 || !html.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                    || !html.body().contains(iri)) {
                failures.add("HTML " + iri + ": " + html.statusCode());
            }
            HttpResponse<String> ttl = TestServer.get(path(iri), "Accept", "text/turtle");
            if (ttl.statusCode() != 200) {
                failures.add("Turtle " + iri + ": " + ttl.statusCode());
                return;
            }
            Graph g = RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph();
            if (!g.contains(Vocab.iri(iri), Node.ANY, Node.ANY)) {
                failures.add("Turtle " + iri + " says nothing about it");
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.stream().limit(5).toList());
    }

    @ParameterizedTest
    @CsvSource({"profile/germany", "programme/romania-competitiveness-operational-programme", "organisation/turkiye-kosgeb",
        "event/romania-2015-launched-romania-competitiveness-operational-programme", "sector/tourism",
        "document/clusterplattform-de-malta", "sentence/clusterplattform-de-european-level-9060-9168",
        "platform/european-institute-of-innovation-and-technology", "quantity/denmark-13000-companies"})
    void resourcePagesAreValidHtml5InBothLanguages(String rest) {
        for (String lang : List.of("en", "de")) {
            HttpResponse<String> r = TestServer.get("/id/" + rest, "Accept", BROWSER, "Accept-Language", lang);
            assertEquals(200, r.statusCode());
            HtmlValidity.assertValidHtml5(r.body());
            Document d = Jsoup.parse(r.body());
            assertEquals(lang, d.select("html").attr("lang"));
            assertTrue(d.select("a[rel=home]").size() > 0 || d.select("a[href=/]").size() > 0, "links back home");
        }
    }

    @Test
    void aProfilePageShowsEvidenceAndLinksItsQueriesAndFormats() {
        HttpResponse<String> r = TestServer.get("/id/profile/malta", "Accept", BROWSER);
        Document d = Jsoup.parse(r.body());
        assertTrue(d.select("#status [lang=de]").text().contains("Malta hat derzeit keine Clusterpolitik"), "German evidence beside the status");
        assertTrue(d.select("#status [lang=en]").text().contains("Malta currently has no cluster policy"), "English evidence beside the status");
        assertTrue(d.select("a[href^=/api/queries/country-profile?country=MLT]").size() == 1);
        assertTrue(d.select("a[href=/id/profile/malta.ttl]").size() == 1);
        assertTrue(d.select("a[href=/id/sector/tourism]").isEmpty() && d.select("a[href^=/ontology#]").size() > 0);
    }

    @Test
    void contentNegotiationHeadersAndSuffixes() {
        HttpResponse<String> r = TestServer.get("/id/profile/germany", "Accept", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        String link = String.join(",", r.headers().allValues("Link"));
        for (String suffix : List.of("ttl", "jsonld", "nt", "rdf")) {
            assertTrue(link.contains("/id/profile/germany." + suffix + ">; rel=\"alternate\""), link);
        }
        for (String[] s : new String[][] {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"}, {"nt", "application/n-triples"}, {"rdf", "application/rdf+xml"}}) {
            HttpResponse<String> f = TestServer.get("/id/profile/germany." + s[0]);
            assertEquals(200, f.statusCode());
            assertTrue(f.headers().firstValue("Content-Type").orElse("").startsWith(s[1]));
            Graph g = RDFParser.fromString(f.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(s[1])).toGraph();
            assertTrue(g.contains(Vocab.iri(Vocab.DEFAULT_BASE + "profile/germany"), Vocab.COUNTRY,
                    Vocab.iri("http://publications.europa.eu/resource/authority/country/DEU")));
        }
        assertTrue(TestServer.get("/id/profile/germany", "Accept", "*/*").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void anIriTheGraphDoesNotHoldIs404() {
        assertEquals(404, TestServer.get("/id/profile/atlantis", "Accept", BROWSER).statusCode());
        assertEquals(404, TestServer.get("/id/profile/atlantis", "Accept", "text/turtle").statusCode());
        assertEquals(404, TestServer.get("/id/profile/atlantis.ttl").statusCode());
        assertEquals(404, TestServer.get("/id/nothing/").statusCode());
        HttpResponse<String> page = TestServer.get("/id/nothing/here", "Accept", BROWSER);
        HtmlValidity.assertValidHtml5(page.body());
    }
}
