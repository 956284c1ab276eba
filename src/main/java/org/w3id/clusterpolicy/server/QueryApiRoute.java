package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.clusterpolicy.describe.ServiceUrls;
import org.w3id.clusterpolicy.query.BadParameterException;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.ResultFormat;
import org.w3id.clusterpolicy.server.html.PageLanguage;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * {@code GET /api/queries}: the catalogue as JSON. {@code GET /api/queries/{name}[.csv|.tsv|.json|.xml]}:
 * runs a canned query with the query-string fields as its parameters, bound as typed terms; the
 * format comes from the suffix, else the Accept header, else JSON. Unknown or ill-typed
 * parameters are a 400 that names them; an unknown query a 404.
 */
final class QueryApiRoute extends Route {
    private static final long serialVersionUID = 1L;
    private static final List<ResultFormat> FORMATS = List.of(ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV);

    private final transient QueryPages pages;

    QueryApiRoute(ServedData data, HtmlPages pages) {
        super(data);
        this.pages = new QueryPages(data, pages);
    }

    /** HTML for browsers that ask for it; last among the offers, so that clients without a preference keep getting JSON. */
    private static boolean wantsHtml(HttpServletRequest req, List<String> offers) {
        List<String> withHtml = new ArrayList<>(offers);
        withHtml.add(Http.HTML);
        return Http.HTML.equals(Http.negotiate(req, withHtml, offers.get(0)));
    }

    /** The catalogue entry of a query as the API lists it. */
    record Entry(String name, String title, String description, Object parameters, List<String> columns, String url) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = rest(req);
        ServiceUrls urls = Http.urls(req);
        if (rest.isEmpty()) {
            resp.setHeader("Vary", "Accept");
            if (wantsHtml(req, List.of("application/json"))) {
                Http.sendHtml(resp, 200, pages.list(req));
                return;
            }
            // the catalogue in the language asked for (?lang= or Accept-Language), English by default
            String lang = PageLanguage.choose(req.getParameter("lang"), req.getHeader("Accept-Language"));
            List<Entry> list = new ArrayList<>();
            for (CannedQuery canned : data.queries().all()) {
                CannedQuery q = canned.in(lang);
                list.add(new Entry(q.name(), q.title(), q.description(), q.parameters(), q.columns(), urls.query(q.name())));
            }
            resp.setHeader("Content-Language", lang);
            Http.vary(resp, "Accept-Language");
            Http.sendJson(resp, 200, list);
            return;
        }
        String name = rest;
        ResultFormat format = null;
        int dot = rest.lastIndexOf('.');
        if (dot > 0 && ResultFormat.byId(rest.substring(dot + 1)) != null && ResultFormat.byId(rest.substring(dot + 1)) != ResultFormat.TABLE) {
            name = rest.substring(0, dot);
            format = ResultFormat.byId(rest.substring(dot + 1));
        }
        CannedQuery q = data.queries().get(name).orElse(null);
        if (q == null || name.contains("/")) {
            Http.sendJson(resp, 404, new Http.Problem(404, "no canned query '" + name + "' (see " + urls.queries() + ")", null));
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> params.put(k, v.length == 0 ? "" : v[0]));
        if (format == null && wantsHtml(req, FORMATS.stream().map(ResultFormat::mediaType).toList())) {
            resp.setHeader("Vary", "Accept");
            QueryPages.Rendered page = pages.page(req, q, params);
            Http.sendHtml(resp, page.status(), page.html());
            return;
        }
        if (format == null) {
            String chosen = Http.negotiate(req, FORMATS.stream().map(ResultFormat::mediaType).toList(), ResultFormat.JSON.mediaType());
            if (chosen == null) {
                Http.sendJson(resp, 406, new Http.Problem(406, "results come as " + String.join(", ", FORMATS.stream().map(ResultFormat::mediaType).toList()), null));
                return;
            }
            format = FORMATS.stream().filter(f -> f.mediaType().equals(chosen)).findFirst().orElseThrow();
        }
        RowSetRewindable rows;
        try {
            rows = data.rows(q, params);
        } catch (BadParameterException e) {
            Http.sendJson(resp, 400, new Http.Problem(400, e.getMessage(), e.parameter()));
            return;
        } catch (QueryCancelledException e) {
            Http.sendJson(resp, 503, new Http.Problem(503, "the query ran past the " + data.timeoutMillis() / 1000 + " s timeout", null));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(rows, out);
        resp.setHeader("Vary", "Accept");
        Http.send(resp, 200, format.mediaType(), out.toByteArray());
    }
}
