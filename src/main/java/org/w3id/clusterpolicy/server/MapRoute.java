package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.clusterpolicy.query.BadParameterException;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.Browse;
import org.w3id.clusterpolicy.server.html.Pages;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * {@code GET /map}: Europe at a glance, an SVG drawn on the server (no JavaScript). Without
 * parameters: the countries coloured by the policy status their profile states (a country without
 * a stated status hatched), each linking to its profile. With {@code ?query=NAME&column=COLUMN}
 * (and the query's own parameters, and optionally {@code filter=COLUMN=VALUE}): a canned query's
 * result, the countries shaded by the numbers of that column (the largest where a country has
 * several rows; the table below lists them all).
 */
final class MapRoute extends Route {
    private static final long serialVersionUID = 1L;
    /** Colours of the statuses, in the order of their notations: Okabe and Ito's palette, told apart with colour blindness. */
    private static final List<String> CATEGORIES = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F");
    /** Classes of numbers, light to dark (ColorBrewer Blues). */
    private static final List<String> SHADES = List.of("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c");
    static final String NO_VALUE = "url(#hatched)";
    static final String CONTEXT = "#d5d9dd";

    private final transient HtmlPages pages;
    private final transient MapShapes shapes = MapShapes.load();

    MapRoute(ServedData data, HtmlPages pages) {
        super(data);
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageKit kit = pages.kit(req);
        String name = req.getParameter("query");
        if (name == null || name.isBlank()) {
            Http.sendHtml(resp, 200, pages.renderer().render(data.read(() -> statusMap(kit))));
            return;
        }
        CannedQuery q = data.queries().get(name).orElse(null);
        if (q == null) {
            notFound(req, resp, pages, "There is no canned query " + name + ".");
            return;
        }
        try {
            Http.sendHtml(resp, 200, pages.renderer().render(data.read(() -> resultMap(kit, req, q.in(kit.lang)))));
        } catch (BadParameterException e) {
            Http.sendHtml(resp, 400, pages.error(req, 400, e.parameter() + ": " + e.getMessage()));
        } catch (QueryCancelledException e) {
            Http.sendHtml(resp, 503, pages.error(req, 503, kit.msg("query.timeout")));
        }
    }

    // --- policy status -------------------------------------------------------------------------

    private Browse.MapPage statusMap(PageKit kit) {
        PageQueries.Result result = pages.queries().run(kit, "map-status", Map.of());
        Map<Node, String> colours = statusColours(kit);
        // a country's most specific stated status colours it (a profile may state a status and a broader one)
        Map<String, Binding> byCountry = new LinkedHashMap<>();
        for (Binding b : result.rows()) {
            Node iso3 = b.get("iso3");
            if (iso3 == null) {
                continue;
            }
            Binding seen = byCountry.get(iso3.getLiteralLexicalForm());
            if (seen == null || b.get("status") != null && (seen.get("status") == null || depth(kit, b.get("status")) > depth(kit, seen.get("status")))) {
                byCountry.put(iso3.getLiteralLexicalForm(), b);
            }
        }
        Map<String, Browse.Shape> byIso = new LinkedHashMap<>();
        Map<Node, Long> counts = new LinkedHashMap<>();
        long none = 0;
        List<Browse.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Binding> e : byCountry.entrySet()) {
            Binding b = e.getValue();
            Node country = b.get("country");
            Node status = b.get("status");
            String statusText = status == null ? kit.msg("map.noStatus")
                    : b.get("statusLabel") != null ? b.get("statusLabel").getLiteralLexicalForm() : kit.label(status);
            String fill;
            if (status == null) {
                fill = NO_VALUE;
                none++;
            } else {
                fill = colours.getOrDefault(status, CATEGORIES.get(CATEGORIES.size() - 1));
                counts.merge(status, 1L, Long::sum);
            }
            String label = kit.label(country);
            byIso.put(e.getKey(), new Browse.Shape(null, kit.href(b.get("profile")), fill, label, statusText));
            rows.add(new Browse.Row(List.of(new Browse.Cell(label, kit.href(b.get("profile")), country.getURI(), null, false),
                    status == null ? new Browse.Cell(statusText, null, null, null, false) : kit.cell(status))));
        }
        List<Browse.LegendEntry> legend = new ArrayList<>();
        colours.forEach((concept, fill) -> legend.add(new Browse.LegendEntry(fill,
                (depth(kit, concept) > 0 ? "– " : "") + kit.label(concept), counts.getOrDefault(concept, 0L))));
        legend.add(new Browse.LegendEntry(NO_VALUE, kit.msg("map.noStatus"), none));
        legend.add(new Browse.LegendEntry(CONTEXT, kit.msg("map.notInGraph"), 0));
        List<Pages.Link> choices = List.of(new Pages.Link(kit.msg("map.choice.quantities"), kit.local("/api/queries/quantities")));
        return new Browse.MapPage(kit.frame("/map", kit.msg("page.map")), kit.msg("map.heading"), kit.msg("map.intro"),
                shapes.width(), shapes.height(), draw(byIso), legend, kit.msg("map.legend.status"),
                new Browse.Table(List.of(kit.msg("map.col.country"), kit.msg("map.col.status")), rows),
                new Pages.Link(kit.msg("query.openInEditor"), result.editorHref()), choices, shapes.source());
    }

    private static final Node BROADER = Vocab.iri(Vocab.SKOS + "broader");

    /** How many broader concepts a status has above it (0 for a top concept); bounded against cycles. */
    private static int depth(PageKit kit, Node concept) {
        int depth = 0;
        for (Node at = kit.value(concept, BROADER); at != null && depth < 10; at = kit.value(at, BROADER)) {
            depth++;
        }
        return depth;
    }

    /**
     * A colour per status of the scheme: each broadest concept followed by the concepts below it,
     * siblings by notation, so that related statuses stand together in the legend.
     */
    private static Map<Node, String> statusColours(PageKit kit) {
        Map<String, Node> byPath = new TreeMap<>();
        for (Triple t : kit.graph().find(Node.ANY, Vocab.IN_SCHEME, Vocab.cpo("PolicyStatusScheme")).toList()) {
            Node concept = t.getSubject();
            if (kit.value(concept, Vocab.NOTATION) == null) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            int guard = 0;
            for (Node at = concept; at != null && guard++ < 10; at = kit.value(at, BROADER)) {
                Node n = kit.value(at, Vocab.NOTATION);
                path.insert(0, (n == null ? "" : n.getLiteralLexicalForm()) + "/");
            }
            byPath.put(path.toString(), concept);
        }
        Map<Node, String> out = new LinkedHashMap<>();
        int i = 0;
        for (Node concept : byPath.values()) {
            out.put(concept, CATEGORIES.get(Math.min(i++, CATEGORIES.size() - 1)));
        }
        return out;
    }

    // --- a canned query's numbers ----------------------------------------------------------------

    private Browse.MapPage resultMap(PageKit kit, HttpServletRequest req, CannedQuery q) {
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!List.of("query", "column", "filter").contains(k) && v.length > 0 && !v[0].isBlank()) {
                params.put(k, v[0]);
            }
        });
        if (q.parameter("lang").isEmpty()) {
            params.remove("lang");
        }
        RowSetRewindable rows = data.rows(q, params);
        List<String> vars = rows.getResultVars().stream().map(v -> v.getVarName()).toList();
        String column = req.getParameter("column");
        if (!vars.contains("country")) {
            throw new BadParameterException("query", "the result of " + q.name() + " has no country column");
        }
        if (column == null || !vars.contains(column)) {
            throw new BadParameterException("column", "'" + column + "' is not a column of " + q.name() + " (" + String.join(", ", vars) + ")");
        }
        String filter = req.getParameter("filter");
        String filterColumn = null;
        String filterValue = null;
        if (filter != null && !filter.isBlank()) {
            int eq = filter.indexOf('=');
            filterColumn = eq > 0 ? filter.substring(0, eq) : null;
            filterValue = eq > 0 ? filter.substring(eq + 1) : null;
            if (filterColumn == null || !vars.contains(filterColumn)) {
                throw new BadParameterException("filter", "'" + filter + "' is not COLUMN=VALUE with a column of " + q.name());
            }
        }
        Map<Node, BigDecimal> largest = new LinkedHashMap<>();
        List<Browse.Row> table = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (filterColumn != null) {
                Node f = b.get(filterColumn);
                if (f == null || !filterValue.equals(f.isLiteral() ? f.getLiteralLexicalForm() : f.toString())) {
                    continue;
                }
            }
            Node country = b.get("country");
            Node value = b.get(column);
            if (country == null || value == null || !PageKit.isNumeric(value)) {
                continue;
            }
            BigDecimal number = new BigDecimal(value.getLiteralLexicalForm().strip());
            largest.merge(country, number, BigDecimal::max);
            List<Browse.Cell> cells = new ArrayList<>();
            for (String v : vars) {
                cells.add(kit.cell(b.get(v)));
            }
            table.add(new Browse.Row(cells));
        }
        List<BigDecimal> distinct = largest.values().stream().distinct().sorted().toList();
        List<List<BigDecimal>> classes = classes(distinct);
        Map<String, Browse.Shape> byIso = new LinkedHashMap<>();
        for (Triple t : kit.graph().find(Node.ANY, Vocab.TYPE, Vocab.cpo("CountryProfile")).toList()) {
            Node country = kit.value(t.getSubject(), Vocab.COUNTRY);
            Node iso3 = country == null ? null : kit.value(country, Vocab.cpo("isoAlpha3"));
            if (iso3 == null) {
                continue;
            }
            BigDecimal v = largest.get(country);
            String fill = v == null ? NO_VALUE : SHADES.get(classOf(classes, v) * (SHADES.size() - 1) / Math.max(1, classes.size() - 1));
            byIso.put(iso3.getLiteralLexicalForm(), new Browse.Shape(null, kit.href(t.getSubject()), fill, kit.label(country),
                    v == null ? kit.msg("map.noValue") : v.toPlainString()));
        }
        List<Browse.LegendEntry> legend = new ArrayList<>();
        for (List<BigDecimal> c : classes) {
            BigDecimal first = c.get(0);
            BigDecimal last = c.get(c.size() - 1);
            String fill = SHADES.get(classes.indexOf(c) * (SHADES.size() - 1) / Math.max(1, classes.size() - 1));
            long count = largest.values().stream().filter(c::contains).count();
            legend.add(new Browse.LegendEntry(fill, first.equals(last) ? first.toPlainString() : first.toPlainString() + "–" + last.toPlainString(), count));
        }
        legend.add(new Browse.LegendEntry(NO_VALUE, kit.msg("map.noValue"), byIso.size() - largest.keySet().stream()
                .filter(c -> kit.profileOf(c) != null).count()));
        legend.add(new Browse.LegendEntry(CONTEXT, kit.msg("map.notInGraph"), 0));
        String heading = q.title() + ": " + column + (filterColumn != null ? " (" + filterColumn + " = " + filterValue + ")" : "");
        Map<String, String> back = new LinkedHashMap<>(params);
        return new Browse.MapPage(kit.frame(QueryPages.withFields("/map", mapFields(q, column, filter, params)), heading), heading,
                kit.msg("map.result.intro"), shapes.width(), shapes.height(), draw(byIso), legend, column,
                new Browse.Table(vars, table), new Pages.Link(kit.msg("query.openInEditor"), PageQueries.editorHref(kit, q, params)),
                List.of(new Pages.Link(q.title(), kit.local(QueryPages.withFields("/api/queries/" + q.name(), back))),
                        new Pages.Link(kit.msg("map.choice.status"), kit.local("/map"))), shapes.source());
    }

    private static Map<String, String> mapFields(CannedQuery q, String column, String filter, Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("query", q.name());
        out.put("column", column);
        if (filter != null && !filter.isBlank()) {
            out.put("filter", filter);
        }
        params.forEach((k, v) -> {
            if (!k.equals("lang")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Up to five classes of about equal size from the distinct values, in ascending order. */
    static List<List<BigDecimal>> classes(List<BigDecimal> distinct) {
        int n = Math.min(SHADES.size(), distinct.size());
        List<List<BigDecimal>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(List.copyOf(distinct.subList(i * distinct.size() / n, (i + 1) * distinct.size() / n)));
        }
        return out;
    }

    private static int classOf(List<List<BigDecimal>> classes, BigDecimal v) {
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).contains(v)) {
                return i;
            }
        }
        return 0;
    }

    /** The shapes of the map: those of the given countries as given, every other one as context. */
    private List<Browse.Shape> draw(Map<String, Browse.Shape> byIso) {
        List<Browse.Shape> out = new ArrayList<>();
        List<Browse.Shape> linked = new ArrayList<>();
        for (MapShapes.Shape s : shapes.shapes()) {
            Browse.Shape country = byIso.get(s.iso3());
            if (country == null) {
                out.add(new Browse.Shape(s.d(), null, CONTEXT, s.name(), null));
            } else {
                linked.add(new Browse.Shape(s.d(), country.href(), country.fill(), country.label(), country.value()));
            }
        }
        out.addAll(linked); // drawn last, so that their outlines and focus rings lie on top
        return out;
    }
}
