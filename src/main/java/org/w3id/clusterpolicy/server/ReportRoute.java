package org.w3id.clusterpolicy.server;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.Browse;
import org.w3id.clusterpolicy.server.html.Pages;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * {@code GET /report}: the conversion report for people, rendered from the JSON report the converter
 * wrote beside the served dump ({@code conversion-report.json}, which stays the source of truth and
 * is offered as it is at {@code /report.json}). Per source document: its text cut into the stretches
 * it was attributed to, each with the country and the rule that decided it, the facts found for each
 * country, and every warning.
 */
final class ReportRoute extends Route {
    private static final long serialVersionUID = 1L;
    private final transient HtmlPages pages;
    private final transient Path report;

    /** @param report the JSON report (null or missing: the page says there is none) */
    ReportRoute(ServedData data, HtmlPages pages, Path report) {
        super(data);
        this.pages = pages;
        this.report = report;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (report == null || !Files.isRegularFile(report)) {
            notFound(req, resp, pages, "There is no conversion report beside the served data.");
            return;
        }
        byte[] json = Files.readAllBytes(report);
        if (req.getRequestURI().endsWith(".json")) {
            Http.send(resp, 200, "application/json", json);
            return;
        }
        JsonNode root = Http.JSON.readTree(json);
        PageKit kit = pages.kit(req);
        Http.sendHtml(resp, 200, pages.renderer().render(data.read(() -> page(kit, root))));
    }

    private Browse.ReportPage page(PageKit kit, JsonNode root) {
        JsonNode totals = root.path("totals");
        List<Pages.Count> counts = new ArrayList<>();
        for (String key : List.of("sources", "countries", "triples")) {
            counts.add(new Pages.Count(kit.msg("report.total." + key), totals.path(key).asLong()));
        }
        List<Pages.Count> facts = new ArrayList<>();
        totals.path("facts").properties().forEach(e -> facts.add(new Pages.Count(e.getKey(), e.getValue().asLong())));
        List<Browse.ReportSource> sources = new ArrayList<>();
        for (JsonNode source : root.path("sources")) {
            sources.add(source(kit, source));
        }
        List<String> warnings = new ArrayList<>();
        root.path("warnings").forEach(w -> warnings.add(w.asText()));
        return new Browse.ReportPage(kit.frame("/report", kit.msg("page.report")), counts, facts, sources, warnings, "/report.json");
    }

    private Browse.ReportSource source(PageKit kit, JsonNode source) {
        String id = source.path("id").asText();
        Node document = Vocab.iri(data.base() + "document/" + id);
        Node text = kit.value(document, Vocab.TEXT);
        String full = text == null ? null : text.getLiteralLexicalForm();
        java.util.Set<Long> otherRules = new java.util.HashSet<>();
        source.path("attributedByOtherRules").forEach(s -> otherRules.add(s.path("start").asLong()));
        List<Browse.Stretch> stretches = new ArrayList<>();
        for (JsonNode s : source.path("nonCountryText")) {
            stretches.add(stretch(kit, s, full, List.of(), false));
        }
        for (JsonNode country : source.path("countries")) {
            List<String> found = new ArrayList<>();
            country.path("extracted").properties().forEach(e -> e.getValue().forEach(f -> found.add(e.getKey() + ": " + f.asText())));
            JsonNode sections = country.path("sections");
            for (int i = 0; i < sections.size(); i++) {
                // the facts of a country in a source, after its last stretch there
                stretches.add(stretch(kit, sections.get(i), full, i == sections.size() - 1 ? found : List.of(),
                        otherRules.contains(sections.get(i).path("start").asLong())));
            }
        }
        stretches.sort(Comparator.comparingLong(Browse.Stretch::start));
        List<String> warnings = new ArrayList<>();
        source.path("warnings").forEach(w -> warnings.add(w.asText()));
        List<Pages.Link> about = new ArrayList<>();
        for (String key : List.of("file", "language", "layout", "orderLanguage", "pageDate")) {
            if (source.hasNonNull(key)) {
                about.add(new Pages.Link(kit.msg("report.source." + key) + " " + source.path(key).asText(), null));
            }
        }
        String url = source.path("url").asText(null);
        return new Browse.ReportSource(id, text == null ? id : kit.label(document), text == null ? null : new Pages.Link(kit.label(document), kit.href(document)),
                url == null ? null : new Pages.Link(url, url), about, stretches, warnings);
    }

    private static Browse.Stretch stretch(PageKit kit, JsonNode s, String full, List<String> facts, boolean otherRule) {
        long start = s.path("start").asLong();
        long end = s.path("end").asLong();
        String text = s.path("text").asText("");
        if (full != null && end <= full.codePointCount(0, full.length()) && start < end) {
            text = DocumentPages.slice(full, (int) start, (int) end);
        }
        Pages.Link country = null;
        String iso3 = s.path("country").asText(null);
        if (iso3 != null) {
            Node iri = Vocab.iri(Vocab.COUNTRY_SCHEME + "/" + iso3);
            Node profile = kit.profileOf(iri);
            country = new Pages.Link(kit.label(iri), profile == null ? null : kit.href(profile));
        }
        return new Browse.Stretch(start, end, text, s.path("role").asText(null), country, s.path("rule").asText(null),
                s.path("reason").asText(null), facts, otherRule);
    }
}
