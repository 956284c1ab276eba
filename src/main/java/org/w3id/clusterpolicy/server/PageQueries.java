package org.w3id.clusterpolicy.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.QueryCatalog;

/**
 * The SPARQL queries behind the sections of the HTML pages ({@code server/queries/*.rq}, with the
 * same {@code #+} headers as the canned queries): each section of a page is one query, run with
 * its parameters bound as terms, and offered in the editor as it ran.
 */
final class PageQueries {
    static final String FOLDER = "/org/w3id/clusterpolicy/server/queries";

    private final ServedData data;
    private final QueryCatalog catalog;

    PageQueries(ServedData data) {
        this.data = data;
        this.catalog = QueryCatalog.load(FOLDER);
    }

    /** The rows of a section, its result variables, and the link that opens its query in the editor. */
    record Result(List<Binding> rows, List<String> vars, String editorHref) {}

    /** Runs a page query; the page's language goes to its {@code lang} parameter when it has one. */
    Result run(PageKit kit, String name, Map<String, String> params) {
        CannedQuery q = catalog.get(name).orElseThrow(() -> new IllegalStateException("no page query " + name));
        Map<String, String> values = new LinkedHashMap<>(params);
        if (q.parameter("lang").isPresent()) {
            values.putIfAbsent("lang", kit.lang);
        }
        RowSetRewindable rows = data.rows(q, values);
        List<Binding> out = new ArrayList<>();
        rows.forEachRemaining(out::add);
        return new Result(out, rows.getResultVars().stream().map(v -> v.getVarName()).toList(), editorHref(kit, name, values));
    }

    /**
     * The link that opens a page query, its parameters bound, in the editor: {@code /query?section=NAME&…},
     * which the editor turns into the query's text only when it is opened (a page has many sections).
     */
    String editorHref(PageKit kit, String name, Map<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("section", name);
        fields.putAll(params);
        return kit.local("/query", fields);
    }

    /** A page query by name, in the page language. */
    java.util.Optional<CannedQuery> get(String name, String lang) {
        return catalog.get(name).map(q -> q.in(lang));
    }

    /** The link that opens a query, its parameters bound, in the editor. */
    static String editorHref(PageKit kit, CannedQuery q, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("query", kit.data().runner().text(q, values));
        fields.put("title", q.title());
        return kit.local("/query", fields);
    }

    List<CannedQuery> all() {
        return catalog.all();
    }
}
