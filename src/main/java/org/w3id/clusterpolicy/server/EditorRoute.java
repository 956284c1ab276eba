package org.w3id.clusterpolicy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.clusterpolicy.query.BadParameterException;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.Parameter;
import org.w3id.clusterpolicy.server.html.Browse;
import org.w3id.clusterpolicy.server.html.Pages;
import org.w3id.clusterpolicy.server.http.Http;
import org.w3id.clusterpolicy.store.Prefixes;

/**
 * {@code GET /query}: the SPARQL editor (YASGUI from the jar) on this service's {@code /sparql}, with
 * the graph's prefixes declared and every canned query as an example. {@code ?query=…} opens that
 * query in a tab and runs it ({@code &title=…} names the tab), so a query can be shared as a link.
 * {@code GET /query/prefixes.json}: the prefixes, for the editor's prefix completion.
 */
final class EditorRoute extends Route {
    private static final long serialVersionUID = 1L;
    private final transient HtmlPages pages;

    EditorRoute(ServedData data, HtmlPages pages) {
        super(data);
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = rest(req);
        if (rest.equals("prefixes.json")) {
            Http.sendJson(resp, 200, Prefixes.map(data.base()));
            return;
        }
        if (!rest.isEmpty()) {
            notFound(req, resp, pages, "There is no page /query/" + rest + ".");
            return;
        }
        PageKit kit = pages.kit(req);
        String query = req.getParameter("query");
        String title = req.getParameter("title");
        String section = req.getParameter("section");
        if (section != null) {
            // the query behind a section of a page, with the parameters it ran with
            CannedQuery q = pages.queries().get(section, kit.lang).orElse(null);
            if (q == null) {
                notFound(req, resp, pages, "There is no page query " + section + ".");
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            req.getParameterMap().forEach((k, v) -> {
                if (!List.of("section", "title", "query").contains(k) && v.length > 0 && (q.parameter(k).isPresent() || !k.equals("lang"))) {
                    values.put(k, v[0]);
                }
            });
            try {
                query = data.runner().text(q, values);
            } catch (BadParameterException e) {
                Http.sendHtml(resp, 400, pages.error(req, 400, e.parameter() + ": " + e.getMessage()));
                return;
            }
            title = q.title();
        }
        String text = query;
        String name = title;
        Http.sendHtml(resp, 200, pages.renderer().render(data.read(() -> page(kit, text, name))));
    }

    private Browse.EditorPage page(PageKit kit, String query, String title) {
        Map<String, String> prefixes = Prefixes.map(data.base());
        List<Browse.Example> examples = new ArrayList<>();
        List<Map<String, String>> exampleConfig = new ArrayList<>();
        for (CannedQuery q : data.queries().all()) {
            CannedQuery local = q.in(kit.lang);
            String text = data.runner().text(local, exampleValues(kit, q));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("query", text);
            fields.put("title", local.title());
            examples.add(new Browse.Example(examples.size(), q.name(), local.title(), local.description(), kit.local("/query", fields)));
            exampleConfig.add(Map.of("name", q.name(), "title", local.title(), "query", text));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("endpoint", "/sparql");
        config.put("prefixesUrl", "/query/prefixes.json");
        config.put("prefixes", prefixes);
        config.put("tabName", kit.msg("editor.tab"));
        config.put("defaultQuery", kit.msg("editor.defaultQuery").replace("{lang}", kit.lang));
        config.put("examples", exampleConfig);
        config.put("labels", Map.of("query", kit.msg("editor.label.query"), "endpoint", kit.msg("editor.label.endpoint"),
                "pageSize", kit.msg("editor.label.pageSize")));
        config.put("query", query == null || query.isBlank() ? null : query);
        config.put("title", title == null || title.isBlank() ? null : title);
        List<Pages.Link> declared = new ArrayList<>();
        prefixes.forEach((p, iri) -> declared.add(new Pages.Link(p + ":", iri)));
        return new Browse.EditorPage(kit.frame("/query", kit.msg("page.editor")), scriptSafeJson(config), declared, examples,
                "/sparql", query, "/static/query.js", "/static/yasgui/yasgui.min.js", "/static/yasgui/yasgui.min.css");
    }

    /** The values an example runs with: the query's examples of required parameters and the page language. */
    static Map<String, String> exampleValues(PageKit kit, CannedQuery q) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : q.parameters()) {
            if (p.name().equals("lang")) {
                values.put("lang", kit.lang);
            } else if (p.required() && p.example() != null) {
                values.put(p.name(), p.example());
            }
        }
        return values;
    }

    /** JSON that can stand inside a script element: no "<", ">" or "&" can close it or start markup. */
    static String scriptSafeJson(Object value) {
        try {
            return Http.JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
