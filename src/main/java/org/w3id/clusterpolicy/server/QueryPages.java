package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.clusterpolicy.query.BadParameterException;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.Parameter;
import org.w3id.clusterpolicy.query.ParameterType;
import org.w3id.clusterpolicy.query.ResultFormat;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.Browse;
import org.w3id.clusterpolicy.server.html.Pages;

/**
 * Canned queries as pages, for browsers: a form for the parameters (a country chosen from the
 * countries of the graph, a status from the scheme, a language from those the parameter takes),
 * the results as a table whose resources link to their pages, the row count, the same result as
 * CSV, TSV, JSON and XML, the query in the editor, and a map when the result has a country and a
 * number column. Also the list of all canned queries.
 */
final class QueryPages {
    private static final List<ResultFormat> DOWNLOADS = List.of(ResultFormat.CSV, ResultFormat.TSV, ResultFormat.JSON, ResultFormat.XML);

    private final ServedData data;
    private final HtmlPages pages;

    QueryPages(ServedData data, HtmlPages pages) {
        this.data = data;
        this.pages = pages;
    }

    /** A rendered page and its status: 400 when a parameter is wrong, 503 past the timeout. */
    record Rendered(int status, String html) {}

    Rendered page(HttpServletRequest req, CannedQuery canned, Map<String, String> submitted) {
        PageKit kit = pages.kit(req);
        CannedQuery q = canned.in(kit.lang);
        Map<String, String> params = new LinkedHashMap<>(submitted);
        // ?lang= is the page language; a query with a lang parameter takes it for its labels
        if (q.parameter("lang").isEmpty()) {
            params.remove("lang");
        } else if (!params.containsKey("lang")) {
            params.put("lang", kit.lang);
        }
        String path = "/api/queries/" + q.name();
        String error = null;
        int status = 200;
        Browse.Table table = null;
        Map<String, Node> bound = Map.of();
        boolean complete = q.parameters().stream().noneMatch(p -> p.required() && blank(params.get(p.name())));
        try {
            bound = data.runner().bind(q, params);
            if (complete) {
                RowSetRewindable rows = data.rows(q, params);
                table = data.read(() -> table(kit, rows));
            }
        } catch (BadParameterException e) {
            error = e.parameter() + ": " + e.getMessage();
            status = 400;
        } catch (QueryCancelledException e) {
            error = kit.msg("query.timeout");
            status = 503;
        }
        Map<String, Node> values = bound;
        List<Browse.Field> fields = data.read(() -> fields(kit, q, params, values));
        Map<String, String> given = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!blank(v)) {
                given.put(k, v);
            }
        });
        List<Pages.Link> formats = new ArrayList<>();
        Pages.Link editor = null;
        Browse.MapChoice map = null;
        if (table != null) {
            for (ResultFormat f : DOWNLOADS) {
                formats.add(new Pages.Link(f.id().toUpperCase(java.util.Locale.ROOT), withFields(path + "." + f.id(), given)));
            }
            editor = new Pages.Link(kit.msg("query.openInEditor"), PageQueries.editorHref(kit, q, given));
            map = mapChoice(table, q, given);
        }
        Browse.QueryPage page = new Browse.QueryPage(kit.frame(path, q.title()), q.name(), q.title(), q.description(), path,
                fields, error, table, formats, editor, map, new Pages.Link(kit.msg("query.catalogue"), kit.local("/api/queries")));
        return new Rendered(status, pages.renderer().render(page));
    }

    /** The list of canned queries, each linking to its page. */
    String list(HttpServletRequest req) {
        PageKit kit = pages.kit(req);
        List<Pages.Link> links = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (CannedQuery canned : data.queries().all()) {
            CannedQuery q = canned.in(kit.lang);
            links.add(new Pages.Link(q.title(), kit.local("/api/queries/" + q.name())));
            descriptions.add(q.description());
        }
        return pages.renderer().render(new Browse.QueryListPage(kit.frame("/api/queries", kit.msg("page.queries")), links, descriptions));
    }

    /** The result rows as a table, every value a cell. */
    static Browse.Table table(PageKit kit, RowSetRewindable rows) {
        rows.reset();
        List<Var> vars = rows.getResultVars();
        List<Browse.Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            List<Browse.Cell> cells = new ArrayList<>();
            for (Var v : vars) {
                cells.add(kit.cell(b.get(v)));
            }
            out.add(new Browse.Row(cells));
        }
        return new Browse.Table(vars.stream().map(Var::getVarName).toList(), out);
    }

    private List<Browse.Field> fields(PageKit kit, CannedQuery q, Map<String, String> params, Map<String, Node> bound) {
        List<Browse.Field> out = new ArrayList<>();
        for (Parameter p : q.parameters()) {
            String id = "param-" + p.name();
            String value = params.get(p.name());
            Node term = bound.get(p.name());
            List<Browse.Option> options = switch (p.type()) {
                case COUNTRY -> countryOptions(kit, p, term);
                case STATUS -> statusOptions(kit, p, term);
                case LANGUAGE -> languageOptions(kit, p, value);
                default -> List.of();
            };
            out.add(new Browse.Field(id, p.name(), parameterLabel(kit, p), p.type().id(), p.required(), p.description(),
                    value == null ? "" : value, p.example(), options));
        }
        return out;
    }

    static String parameterLabel(PageKit kit, Parameter p) {
        String key = "param." + p.name();
        return kit.messages.containsKey(key) ? kit.msg(key) : p.name();
    }

    /** The countries that have a profile, by name; an empty choice first when the parameter is optional. */
    private static List<Browse.Option> countryOptions(PageKit kit, Parameter p, Node chosen) {
        Map<String, Browse.Option> byName = new java.util.TreeMap<>(java.text.Collator.getInstance(java.util.Locale.forLanguageTag(kit.lang)));
        for (Triple t : kit.graph().find(Node.ANY, Vocab.TYPE, Vocab.cpo("CountryProfile")).toList()) {
            Node country = kit.value(t.getSubject(), Vocab.COUNTRY);
            Node iso3 = country == null ? null : kit.value(country, Vocab.cpo("isoAlpha3"));
            if (iso3 != null) {
                String name = kit.label(country);
                byName.put(name + "\u0000" + iso3.getLiteralLexicalForm(),
                        new Browse.Option(iso3.getLiteralLexicalForm(), name, country.equals(chosen)));
            }
        }
        return withEmpty(kit, p, new ArrayList<>(byName.values()), chosen == null);
    }

    /** The statuses of the policy status scheme, by notation. */
    private static List<Browse.Option> statusOptions(PageKit kit, Parameter p, Node chosen) {
        Map<String, Browse.Option> byNotation = new java.util.TreeMap<>();
        for (Triple t : kit.graph().find(Node.ANY, Vocab.IN_SCHEME, Vocab.cpo("PolicyStatusScheme")).toList()) {
            Node notation = kit.value(t.getSubject(), Vocab.NOTATION);
            if (notation != null) {
                byNotation.put(notation.getLiteralLexicalForm(), new Browse.Option(notation.getLiteralLexicalForm(),
                        kit.label(t.getSubject()), t.getSubject().equals(chosen)));
            }
        }
        return withEmpty(kit, p, new ArrayList<>(byNotation.values()), chosen == null);
    }

    private static List<Browse.Option> languageOptions(PageKit kit, Parameter p, String chosen) {
        List<Browse.Option> out = new ArrayList<>();
        String selected = blank(chosen) ? kit.lang : chosen;
        for (String lang : ParameterType.LANGUAGE.choices()) {
            String key = "language." + lang;
            out.add(new Browse.Option(lang, kit.messages.containsKey(key) ? kit.msg(key) : lang, lang.equals(selected)));
        }
        return out;
    }

    private static List<Browse.Option> withEmpty(PageKit kit, Parameter p, List<Browse.Option> options, boolean noneChosen) {
        if (p.required()) {
            return options;
        }
        List<Browse.Option> out = new ArrayList<>();
        out.add(new Browse.Option("", kit.msg("query.any"), noneChosen));
        out.addAll(options);
        return out;
    }

    /**
     * The map of a result is offered when it has a country column of country IRIs and at least one
     * column of numbers; columns of a few text values can narrow the rows it shows.
     */
    private static Browse.MapChoice mapChoice(Browse.Table table, CannedQuery q, Map<String, String> given) {
        int country = table.columns().indexOf("country");
        if (country < 0 || table.rows().isEmpty()) {
            return null;
        }
        List<Browse.Option> numeric = new ArrayList<>();
        List<Browse.Option> filters = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (c == country) {
                continue;
            }
            final int col = c;
            List<Browse.Cell> cells = table.rows().stream().map(r -> r.cells().get(col)).filter(x -> !x.text().isEmpty()).toList();
            if (!cells.isEmpty() && cells.stream().allMatch(Browse.Cell::numeric)) {
                numeric.add(new Browse.Option(table.columns().get(c), table.columns().get(c), numeric.isEmpty()));
                continue;
            }
            Set<String> distinct = new LinkedHashSet<>();
            cells.stream().filter(x -> x.href() == null).map(Browse.Cell::text).sorted().forEach(distinct::add);
            if (distinct.size() >= 2 && distinct.size() <= 20) {
                for (String v : distinct) {
                    filters.add(new Browse.Option(table.columns().get(c) + "=" + v, table.columns().get(c) + " = " + v, false));
                }
            }
        }
        if (numeric.isEmpty()) {
            return null;
        }
        List<Pages.QueryField> hidden = new ArrayList<>();
        hidden.add(new Pages.QueryField("query", "hidden", false, null, null, q.name()));
        given.forEach((k, v) -> hidden.add(new Pages.QueryField(k, "hidden", false, null, null, v)));
        return new Browse.MapChoice("/map", hidden, numeric, filters);
    }

    static String withFields(String path, Map<String, String> fields) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (var e : fields.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
