package org.w3id.clusterpolicy.server.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.clusterpolicy.server.html.Pages.CountryRow;
import org.w3id.clusterpolicy.server.html.Pages.DownloadRow;
import org.w3id.clusterpolicy.server.html.Pages.EvidenceRow;
import org.w3id.clusterpolicy.server.html.Pages.Frame;
import org.w3id.clusterpolicy.server.html.Pages.HomePage;
import org.w3id.clusterpolicy.server.html.Pages.Link;
import org.w3id.clusterpolicy.server.html.Pages.QueryField;
import org.w3id.clusterpolicy.server.html.Pages.QueryForm;
import org.w3id.clusterpolicy.server.html.Pages.ResourcePage;
import org.w3id.clusterpolicy.server.html.Pages.Value;

/**
 * Renders every page, with realistic models, in English and German: the HTML must pass the Nu
 * Html Checker without errors or warnings, and have the structure the pages promise.
 */
class HtmlRendererTest {
    private static final HtmlRenderer RENDERER = new HtmlRenderer();
    private static final String NASTY = "<script>alert(1)</script> & Co \"quoted\" 'single'";

    // ---- every page: valid HTML5, language, title, home link, language switch, headings ----

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everyPageIsValidHtml5(String lang) {
        for (Rendered page : all(lang)) {
            HtmlValidity.assertValidHtml5WithoutWarnings(page.html());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everyPageHasItsFrame(String lang) {
        for (Rendered page : all(lang)) {
            Document doc = Jsoup.parse(page.html());
            Frame frame = page.frame();
            assertAll(page.name() + " " + lang,
                    () -> assertTrue(page.html().startsWith("<!DOCTYPE html>\n")),
                    () -> assertEquals(lang, doc.selectFirst("html").attr("lang")),
                    () -> assertEquals(frame.title() + " – Cluster Policy KG", doc.title()),
                    () -> assertEquals(1, doc.select("main").size()),
                    () -> {
                        Element home = doc.selectFirst("header a[rel=home]");
                        assertNotNull(home, "home link");
                        assertEquals(frame.homeHref(), home.attr("href"));
                        assertEquals("Cluster Policy KG", home.text());
                    },
                    () -> {
                        Element other = doc.selectFirst("header nav a[hreflang]");
                        assertNotNull(other, "language switch");
                        assertEquals(frame.otherLangHref(), other.attr("href"));
                        assertEquals(frame.otherLang(), other.attr("hreflang"));
                        assertEquals(frame.otherLang(), other.attr("lang"));
                        assertEquals(SamplePages.german(lang) ? "English" : "Deutsch", other.text());
                    },
                    () -> assertEquals(frame.otherLangHref(), doc.selectFirst("head link[rel=alternate]").attr("href")),
                    () -> assertEquals(1, doc.select("h1").size()),
                    () -> assertHeadingsInOrder(doc),
                    () -> assertFalse(doc.select("footer a[rel=license]").isEmpty(), "licence in the footer"),
                    () -> assertTrue(doc.selectFirst("footer").text().contains("clusterplattform.de"), "source credit"),
                    () -> assertTrue(doc.select("script").isEmpty(), "no JavaScript"),
                    () -> {
                        for (Element table : doc.select("table")) {
                            assertNotNull(table.selectFirst("caption"), "caption");
                            for (Element th : table.select("th")) {
                                assertTrue(Set.of("col", "row").contains(th.attr("scope")), th.outerHtml());
                            }
                        }
                    });
        }
    }

    @Test
    void germanPagesShowGermanTexts() {
        Document home = Jsoup.parse(RENDERER.render(SamplePages.home("de")));
        assertEquals(List.of("Über den Datensatz", "Länder", "Vorbereitete Abfragen", "Downloads", "Maschineller Zugriff"),
                home.select("h2").eachText());
        assertEquals(List.of("Land", "Code", "Stand der Clusterpolitik", "Programme", "Organisationen"),
                home.select("#countries thead th").eachText());
        assertEquals("Abfrage ausführen", home.selectFirst("form button").text());
        assertEquals("nicht angegeben", home.select("#countries tbody tr").getFirst().select("td").get(1).text());
        assertEquals("Deutsch", home.selectFirst("select option[value=de]").text());
        Document resource = Jsoup.parse(RENDERER.render(SamplePages.resource("de")));
        assertEquals(List.of("Eigenschaften", "Verweise auf diese Ressource", "Belege", "Passende Abfragen", "Andere Formate"),
                resource.select("h2").eachText());
        assertEquals("Englisch", resource.selectFirst("small.tag[title]").attr("title"));
        Document ontology = Jsoup.parse(RENDERER.render(SamplePages.ontology("de")));
        assertEquals(List.of("Inhalt", "Klassen", "Objekteigenschaften", "Dateneigenschaften", "Begriffsschemata"),
                ontology.select("h2").eachText());
        assertTrue(Jsoup.parse(RENDERER.render(SamplePages.error("de"))).selectFirst("h1").text().startsWith("Fehler"));
        assertEquals("Größe", Jsoup.parse(RENDERER.render(SamplePages.downloadsPage("de"))).select("thead th").get(3).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void noPageTextOfTheOtherLanguageLeaks(String lang) {
        ResourceBundle own = RENDERER.messages(lang);
        ResourceBundle other = RENDERER.messages(SamplePages.german(lang) ? "en" : "de");
        for (Rendered page : all(lang)) {
            Document doc = Jsoup.parse(page.html());
            doc.select("[lang]:not(html)").remove(); // texts marked as another language (the switch, graph labels, quotes)
            String text = doc.text();
            Set<String> ownTexts = own.keySet().stream().map(own::getString).collect(Collectors.toSet());
            for (String key : other.keySet()) {
                String foreign = other.getString(key);
                if (!ownTexts.contains(foreign) && foreign.contains(" ")) { // single words may well be data ("Programme")
                    boolean shown = Pattern.compile("(?<!\\w)" + Pattern.quote(foreign) + "(?!\\w)",
                            Pattern.UNICODE_CHARACTER_CLASS).matcher(text).find();
                    assertFalse(shown, page.name() + " " + lang + " shows \"" + foreign + "\" (" + key + ")");
                }
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameTexts() {
        Set<String> en = new TreeSet<>(RENDERER.messages("en").keySet());
        Set<String> de = new TreeSet<>(RENDERER.messages("de").keySet());
        assertEquals(en, de);
        assertThrows(IllegalArgumentException.class, () -> RENDERER.messages("fr"));
    }

    // ---- the home page ----

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void homeShowsTheDatasetAndLinksEveryCountry(String lang) {
        HomePage model = SamplePages.home(lang);
        Document doc = Jsoup.parse(RENDERER.render(model));
        assertEquals(model.datasetTitle(), doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst("main > p").text().contains(model.datasetDescription()));
        for (Link source : model.sources()) {
            assertEquals(source.text(), doc.selectFirst("#about a[href=" + quoted(source.href()) + "]").text());
        }
        assertEquals(model.licence().href(), doc.selectFirst("#about a[rel=license]").attr("href"));
        Elements countRows = doc.select("#about table").first().select("tbody tr");
        assertEquals(model.counts().size(), countRows.size());
        assertEquals(SamplePages.german(lang) ? "31.457" : "31,457", countRows.getFirst().selectFirst("td").text());

        Elements rows = doc.select("#countries tbody tr");
        assertEquals(model.countries().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CountryRow country = model.countries().get(i);
            Element row = rows.get(i);
            Element link = row.selectFirst("th[scope=row] a");
            assertEquals(country.page().href(), link.attr("href"));
            assertEquals(country.label(), link.text());
            Elements cells = row.select("td");
            assertEquals(country.iso3(), cells.get(0).text());
            if (country.status() != null) {
                assertEquals(country.status(), cells.get(1).text());
            }
            assertEquals(String.valueOf(country.programmes()), cells.get(2).text());
            assertEquals(String.valueOf(country.organisations()), cells.get(3).text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everyQueryHasAFormWithItsInputs(String lang) {
        HomePage model = SamplePages.home(lang);
        Document doc = Jsoup.parse(RENDERER.render(model));
        Elements forms = doc.select("#queries form");
        assertEquals(model.queries().size(), forms.size());
        for (int i = 0; i < forms.size(); i++) {
            QueryForm query = model.queries().get(i);
            Element form = forms.get(i);
            assertEquals("get", form.attr("method"));
            assertEquals(query.action(), form.attr("action"));
            assertEquals(query.title(), form.parent().selectFirst("h3").text());
            Elements controls = form.select("input, select");
            assertEquals(query.fields().stream().map(QueryField::name).toList(), controls.eachAttr("name"), query.name());
            for (QueryField field : query.fields()) {
                Element control = form.selectFirst("[name=" + field.name() + "]");
                Element label = form.selectFirst("label[for=" + control.id() + "]");
                assertNotNull(label, "label of " + field.name());
                assertTrue(label.text().contains(field.name()));
                assertEquals(field.required(), control.hasAttr("required"), field.name());
                switch (field.type()) {
                    case "language" -> {
                        assertEquals("select", control.tagName());
                        assertEquals(List.of("en", "de"), control.select("option").eachAttr("value"));
                        assertEquals(lang, control.selectFirst("option[selected]").val());
                    }
                    case "year" -> {
                        assertEquals("number", control.attr("type"));
                        assertEquals("1900", control.attr("min"));
                        assertEquals("2100", control.attr("max"));
                        assertEquals(field.example(), control.attr("placeholder"));
                    }
                    case "iri" -> assertEquals("url", control.attr("type"));
                    default -> {
                        assertEquals("text", control.attr("type"));
                        assertEquals(field.example(), control.attr("placeholder"));
                    }
                }
                if (field.description() != null) {
                    assertTrue(doc.getElementById(control.attr("aria-describedby")).text().contains(field.description()));
                }
            }
            assertEquals(1, form.select("button[type=submit]").size());
            Elements example = form.select("a");
            if (query.example() == null) {
                assertTrue(example.isEmpty());
            } else {
                assertEquals(query.example().href(), example.attr("href"));
                assertFalse(example.text().isBlank());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void homeListsTheDownloadsAndTheServices(String lang) {
        HomePage model = SamplePages.home(lang);
        Document doc = Jsoup.parse(RENDERER.render(model));
        assertDownloadsTable(model.downloads(), doc.selectFirst("#downloads table"));
        for (Link service : List.of(model.endpoint(), model.serviceDescription(), model.catalog(), model.voidDescription(),
                model.openApi(), model.ontology())) {
            Elements links = doc.select("#services dt a[href=" + quoted(service.href()) + "]");
            assertTrue(links.eachText().contains(service.text()), service.text());
        }
        assertEquals(6, doc.select("#services dd").size());
    }

    // ---- the resource page ----

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void resourceShowsItsStatementsEvidenceAndFormats(String lang) {
        ResourcePage model = SamplePages.resource(lang);
        Document doc = Jsoup.parse(RENDERER.render(model));
        assertEquals(model.label(), doc.selectFirst("h1").text());
        assertEquals(model.iri(), doc.selectFirst("main > dl code").text());
        assertEquals(model.types().getFirst().href(), doc.selectFirst("main > dl a").attr("href"));

        Elements rows = doc.select("#properties tbody > tr");
        assertEquals(model.properties().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(model.properties().get(i).property().href(), rows.get(i).selectFirst("th a").attr("href"));
            List<Value> values = model.properties().get(i).values();
            Element cell = rows.get(i).selectFirst("td");
            for (Value value : values) {
                Element shown = cell.getElementsMatchingOwnText("^\\Q" + value.text() + "\\E$").first();
                assertNotNull(shown, value.text());
                assertEquals(value.href() == null ? "span" : "a", shown.tagName());
                if (value.href() != null) {
                    assertEquals(value.href(), shown.attr("href"));
                }
                if (value.lang() != null) {
                    assertEquals(value.lang(), shown.attr("lang"));
                    assertEquals(value.lang(), shown.nextElementSibling().text(), "language badge");
                }
            }
        }
        assertEquals("xsd:gYear", rows.get(4).selectFirst("small.tag").text());
        assertTrue(rows.get(6).select("small.tag").isEmpty(), "no badge for xsd:string");
        assertEquals(model.inverse().size(), doc.select("#inverse tbody > tr").size());

        Elements quotes = doc.select("#evidence blockquote");
        assertEquals(model.evidence().size(), quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            EvidenceRow evidence = model.evidence().get(i);
            Element quote = quotes.get(i);
            assertEquals(evidence.lang(), quote.attr("lang"));
            assertEquals(evidence.text(), quote.text());
            assertEquals(evidence.sourcePage().href(), quote.attr("cite"));
            Element caption = quote.parent().selectFirst("figcaption");
            for (Link link : List.of(evidence.sentence(), evidence.document(), evidence.sourcePage())) {
                assertEquals(link.text(), caption.selectFirst("a[href=" + quoted(link.href()) + "]").text());
            }
            assertTrue(caption.text().endsWith(evidence.start() + "–" + evidence.end()), caption.text());
        }
        assertEquals(model.queries().stream().map(Link::href).toList(), doc.select("#queries a").eachAttr("href"));
        assertEquals(List.of("Turtle", "JSON-LD", "N-Triples", "RDF/XML"), doc.select("#formats a").eachText());
        assertEquals(model.alternates().stream().map(Link::href).toList(), doc.select("#formats a").eachAttr("href"));
    }

    @Test
    void aResourceWithoutStatementsSaysSo() {
        ResourcePage full = SamplePages.resource("en");
        ResourcePage bare = new ResourcePage(full.frame(), full.iri(), full.label(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        String html = RENDERER.render(bare);
        HtmlValidity.assertValidHtml5WithoutWarnings(html);
        Document doc = Jsoup.parse(html);
        assertEquals(List.of("Properties"), doc.select("h2").eachText());
        assertTrue(doc.select("table").isEmpty());
    }

    // ---- escaping ----

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void labelsAreEscaped(String lang) {
        ResourcePage base = SamplePages.resource(lang, NASTY);
        List<Pages.PropertyRow> properties = new ArrayList<>(base.properties());
        properties.add(new Pages.PropertyRow(new Link(NASTY, "http://example.org/p?a=1&b=\"2\""),
                List.of(new Value(NASTY, "http://example.org/x?\"><script>", "en", null), new Value(NASTY, null, null, null))));
        ResourcePage page = new ResourcePage(base.frame(), base.iri(), NASTY, base.types(), properties, base.inverse(),
                List.of(new EvidenceRow(NASTY, "en", new Link(NASTY, "/s"), new Link(NASTY, "/d"), new Link(NASTY, "https://example.org/"), 1, 2)),
                base.queries(), base.alternates());
        HomePage home = SamplePages.home(lang);
        HomePage nastyHome = new HomePage(home.frame(), NASTY, NASTY, home.sources(), home.licence(), home.counts(),
                List.of(new CountryRow("XXX", NASTY, new Link(NASTY, "/id/profile/x?a=1&b=2"), NASTY, 1, 2)),
                List.of(new QueryForm("q", NASTY, NASTY, "/api/queries/q?x=\"", List.of(new QueryField("p", "text", true, NASTY, NASTY, NASTY)),
                        new Link(NASTY, "/e"))),
                home.downloads(), home.endpoint(), home.serviceDescription(), home.catalog(), home.voidDescription(), home.openApi(), home.ontology(),
                List.of(new Pages.Credit(NASTY, NASTY, NASTY, new Link(NASTY, "https://example.org/?a=\""), new Link(NASTY, "/static/licenses/x.txt"))));
        for (String html : List.of(RENDERER.render(page), RENDERER.render(nastyHome))) {
            assertFalse(html.contains("<script>"), "raw <script> in the output");
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), "escaped label");
            Document doc = Jsoup.parse(html);
            assertTrue(doc.select("script").isEmpty());
            assertEquals(NASTY, doc.selectFirst("h1").text());
            assertTrue(doc.title().startsWith(base.frame().title()) || doc.title().contains("Cluster Policy KG"));
        }
        Document resource = Jsoup.parse(RENDERER.render(page));
        assertEquals("http://example.org/x?\"><script>", resource.selectFirst("a[lang=en]:containsOwn(alert)").attr("href"));
        assertEquals(NASTY, resource.selectFirst("blockquote").text());
        Document homeDoc = Jsoup.parse(RENDERER.render(nastyHome));
        assertEquals(NASTY, homeDoc.selectFirst("#countries tbody th a").text());
        assertEquals("/id/profile/x?a=1&b=2", homeDoc.selectFirst("#countries tbody th a").attr("href"));
        assertEquals(NASTY, homeDoc.selectFirst("input[name=p]").attr("placeholder"));
        assertEquals(NASTY, homeDoc.selectFirst("input[name=p]").val());
        assertEquals("/api/queries/q?x=\"", homeDoc.selectFirst("form").attr("action"));
    }

    @Test
    void scriptUrlsDoNotBecomeLinks() {
        ResourcePage base = SamplePages.resource("en");
        List<Pages.PropertyRow> properties = List.of(new Pages.PropertyRow(new Link("p", "JavaScript:alert(1)"),
                List.of(new Value("x", "javascript:alert(1)", null, null), new Value("y", " data:text/html,<b>", null, null),
                        new Value("z", "vbscript:msgbox", null, null), new Value("ok", "relative/path?x=a:b", null, null),
                        new Value("urn", "urn:isbn:123", null, null), new Value("mail", "mailto:a@example.org", null, null))));
        ResourcePage page = new ResourcePage(base.frame(), base.iri(), base.label(), base.types(), properties, List.of(), List.of(), List.of(), List.of());
        Document doc = Jsoup.parse(RENDERER.render(page));
        assertEquals(List.of("#", "#", "#", "#", "relative/path?x=a:b", "urn:isbn:123", "mailto:a@example.org"),
                doc.select("#properties tbody a").eachAttr("href"));
    }

    // ---- the ontology, downloads and error pages ----

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void ontologyAnchorsEveryTermAndListsThemInItsContents(String lang) {
        Pages.OntologyPage model = SamplePages.ontology(lang);
        Document doc = Jsoup.parse(RENDERER.render(model));
        assertEquals(model.title(), doc.selectFirst("h1").text());
        assertTrue(doc.text().contains(model.version()));
        List<Pages.TermDoc> terms = new ArrayList<>();
        terms.addAll(model.classes());
        terms.addAll(model.objectProperties());
        terms.addAll(model.datatypeProperties());
        for (Pages.TermDoc term : terms) {
            Element section = doc.getElementById(term.id());
            assertNotNull(section, term.id());
            assertEquals(term.label(), section.selectFirst("h3").text());
            assertTrue(section.text().contains(term.iri()));
            if (term.domain() != null) {
                assertEquals(term.domain().href(), section.select("dd a").get(term.superTerms().size()).attr("href"));
            }
        }
        for (Pages.SchemeDoc scheme : model.schemes()) {
            Element section = doc.getElementById(scheme.id());
            assertEquals(scheme.label(), section.selectFirst("h3").text());
            for (Pages.TermDoc concept : scheme.concepts()) {
                Element row = doc.getElementById(concept.id());
                assertEquals("tr", row.tagName());
                assertEquals(concept.label(), row.selectFirst("th").text());
            }
        }
        Elements toc = doc.select("nav a[href^=#]");
        assertEquals(4 + terms.size() + model.schemes().size(), toc.size());
        for (Element entry : toc) {
            assertNotNull(doc.getElementById(entry.attr("href").substring(1)), entry.attr("href"));
        }
        assertEquals(model.alternates().stream().map(Link::href).toList(), doc.select("main > p a").eachAttr("href"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void downloadsListTheFilesAndTheJson(String lang) {
        Pages.DownloadsPage model = SamplePages.downloadsPage(lang);
        Document doc = Jsoup.parse(RENDERER.render(model));
        assertDownloadsTable(model.downloads(), doc.selectFirst("main table"));
        assertEquals(model.json().href(), doc.selectFirst("main > p > a[type=application/json]").attr("href"));
        Pages.DownloadsPage empty = new Pages.DownloadsPage(model.frame(), List.of(), model.json());
        String html = RENDERER.render(empty);
        HtmlValidity.assertValidHtml5WithoutWarnings(html);
        assertTrue(Jsoup.parse(html).select("table").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void errorShowsStatusMessageAndTheWayHome(String lang) {
        Pages.ErrorPage model = SamplePages.error(lang);
        Document doc = Jsoup.parse(RENDERER.render(model));
        assertTrue(doc.selectFirst("h1").text().endsWith("404"));
        assertEquals(model.message(), doc.selectFirst("main p").text());
        assertEquals(model.frame().homeHref(), doc.select("main a").last().attr("href"));
    }

    // ---- the renderer ----

    @Test
    void aBrokenModelThrowsInsteadOfWritingHalfAPage() {
        ResourcePage full = SamplePages.resource("en");
        ResourcePage broken = new ResourcePage(full.frame(), full.iri(), null, full.types(), full.properties(), full.inverse(),
                full.evidence(), full.queries(), full.alternates());
        assertThrows(IllegalStateException.class, () -> RENDERER.render(broken));
        Frame french = new Frame("fr", "en", "/?lang=en", "/", "Erreur");
        assertThrows(IllegalArgumentException.class, () -> RENDERER.render(new Pages.ErrorPage(french, 500, "x")));
    }

    @Test
    void oneRendererServesManyThreads() throws Exception {
        String expectedEn = RENDERER.render(SamplePages.home("en"));
        String expectedDe = RENDERER.render(SamplePages.home("de"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String lang = i % 2 == 0 ? "en" : "de";
                String expected = i % 2 == 0 ? expectedEn : expectedDe;
                results.add(pool.submit(() -> RENDERER.render(SamplePages.home(lang)).equals(expected)));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    // ---- helpers ----

    private record Rendered(String name, Frame frame, String html) {}

    private static List<Rendered> all(String lang) {
        return List.of(
                rendered("home", SamplePages.home(lang), Pages.HomePage::frame, RENDERER::render),
                rendered("resource", SamplePages.resource(lang), Pages.ResourcePage::frame, RENDERER::render),
                rendered("ontology", SamplePages.ontology(lang), Pages.OntologyPage::frame, RENDERER::render),
                rendered("downloads", SamplePages.downloadsPage(lang), Pages.DownloadsPage::frame, RENDERER::render),
                rendered("error", SamplePages.error(lang), Pages.ErrorPage::frame, RENDERER::render));
    }

    private static <P> Rendered rendered(String name, P page, Function<P, Frame> frame, Function<P, String> render) {
        return new Rendered(name, frame.apply(page), render.apply(page));
    }

    private static void assertDownloadsTable(List<DownloadRow> files, Element table) {
        assertNotNull(table);
        Elements rows = table.select("tbody tr");
        assertEquals(files.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            DownloadRow file = files.get(i);
            Element row = rows.get(i);
            Element link = row.selectFirst("th a");
            assertEquals(file.href(), link.attr("href"));
            assertEquals(file.fileName(), link.text());
            Elements cells = row.select("td");
            assertEquals(file.format(), cells.get(0).text());
            assertEquals(file.mediaType(), cells.get(1).text());
            assertEquals(String.valueOf(file.byteSize()), cells.get(2).selectFirst("data").attr("value"));
            assertEquals(file.sha256(), cells.get(3).text());
        }
    }

    /** Headings start at h1 and never skip a level on the way down. */
    private static void assertHeadingsInOrder(Document doc) {
        int previous = 0;
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, "heading " + heading + " after h" + previous);
            previous = level;
        }
        assertTrue(previous > 0, "no headings");
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
