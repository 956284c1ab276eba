package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.Browse;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * {@code GET /search?q=…}: finds resources by label or acronym, in English or German (any language
 * the labels have), ignoring case; exact matches first, then matches at the start, then the rest,
 * and within each rank country profiles, programmes and organisations before other kinds. Only
 * resources that have a page here are listed.
 */
final class SearchRoute extends Route {
    private static final long serialVersionUID = 1L;
    private static final int MAX_TEXT = 200;
    private static final int MAX_HITS = 100;

    private final transient HtmlPages pages;

    SearchRoute(ServedData data, HtmlPages pages) {
        super(data);
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String text = req.getParameter("q");
        text = text == null ? "" : text.strip();
        PageKit kit = pages.kit(req);
        if (text.length() > MAX_TEXT) {
            Http.sendHtml(resp, 400, pages.error(req, 400, "q: the search text is longer than " + MAX_TEXT + " characters"));
            return;
        }
        String asked = text;
        Http.sendHtml(resp, 200, pages.renderer().render(data.read(() -> page(kit, asked))));
    }

    private record Hit(Node resource, long rank, String matched, String lang, int kind) {}

    private Browse.SearchPage page(PageKit kit, String text) {
        if (text.isEmpty()) {
            return new Browse.SearchPage(kit.frame("/search", kit.msg("page.search")), "", List.of(), false);
        }
        Map<Node, Hit> best = new LinkedHashMap<>();
        for (Binding b : pages.queries().run(kit, "search", Map.of("text", text)).rows()) {
            Node r = b.get("resource");
            int kind = kindRank(kit, r);
            if (kind < 0) {
                continue; // no page here
            }
            Node m = b.get("matched");
            Hit hit = new Hit(r, Long.parseLong(b.get("rank").getLiteralLexicalForm()), m.getLiteralLexicalForm(), m.getLiteralLanguage(), kind);
            best.merge(r, hit, (a, c) -> c.rank() < a.rank() ? c : a);
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingLong(Hit::rank).thenComparingInt(Hit::kind).thenComparing(h -> kit.label(h.resource()).toLowerCase(java.util.Locale.ROOT)));
        List<Browse.SearchHit> out = new ArrayList<>();
        for (Hit h : hits.subList(0, Math.min(MAX_HITS, hits.size()))) {
            Node country = kit.value(h.resource(), Vocab.COUNTRY);
            out.add(new Browse.SearchHit(kit.link(h.resource()), kindOf(kit, h.resource()), h.matched(),
                    h.lang() == null || h.lang().isEmpty() ? null : h.lang(), country == null ? null : kit.label(country)));
        }
        return new Browse.SearchPage(kit.frame("/search", kit.msg("page.search") + ": " + text, text), text, out, hits.size() > MAX_HITS);
    }

    /** The order of kinds among hits of one rank (the order of the lists), or -1 for a resource without a page here. */
    private static int kindRank(PageKit kit, Node r) {
        String iri = r.getURI();
        if (iri.startsWith(kit.data().base())) {
            String kind = iri.substring(kit.data().base().length()).split("/", 2)[0];
            int i = ResourceLists.KINDS.indexOf(kind);
            return i < 0 ? ResourceLists.KINDS.size() : i;
        }
        return iri.startsWith(Vocab.CPO) ? ResourceLists.KINDS.size() + 1 : -1;
    }

    private static String kindOf(PageKit kit, Node r) {
        String iri = r.getURI();
        if (iri.startsWith(kit.data().base())) {
            return ResourceLists.kindName(kit, iri.substring(kit.data().base().length()).split("/", 2)[0]);
        }
        return kit.msg("kind.ontology");
    }
}
