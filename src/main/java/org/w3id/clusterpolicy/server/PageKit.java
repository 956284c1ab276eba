package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.Browse;
import org.w3id.clusterpolicy.server.html.HtmlRenderer;
import org.w3id.clusterpolicy.server.html.PageLanguage;
import org.w3id.clusterpolicy.server.html.Pages;

/**
 * What the page builders share for one request: the page language, the texts, labels of graph
 * nodes in that language, and links (resources of the graph link to their /id/ page on this
 * server, ontology terms to the ontology page, anything else to itself).
 */
final class PageKit {
    final String lang;
    final ResourceBundle messages;
    private final boolean explicitLang;
    private final ServedData data;
    private final HttpServletRequest req;

    PageKit(HttpServletRequest req, ServedData data, HtmlRenderer renderer) {
        this.req = req;
        this.data = data;
        String param = req.getParameter("lang");
        this.lang = PageLanguage.choose(param, req.getHeader("Accept-Language"));
        this.explicitLang = param != null && param.equals(lang);
        this.messages = renderer.messages(lang);
    }

    String msg(String key) {
        return messages.getString(key);
    }

    ServedData data() {
        return data;
    }

    Graph graph() {
        return data.graph();
    }

    /** The frame of a page at {@code path} (server-relative, without query string). */
    Pages.Frame frame(String path, String title) {
        return frame(path, title, null);
    }

    /** The frame of a page, with the text of the search box (null: empty). */
    Pages.Frame frame(String path, String title, String searchText) {
        String other = lang.equals("en") ? "de" : "en";
        List<Pages.Link> nav = new ArrayList<>();
        for (String[] item : NAV) {
            nav.add(new Pages.Link(msg(item[0]), local(item[1])));
        }
        return new Pages.Frame(lang, other, path + (path.contains("?") ? "&" : "?") + "lang=" + other, local("/"), title, nav,
                new Pages.Search("/search", explicitLang ? lang : null, searchText));
    }

    /** The site's main pages, in the order the navigation shows them. */
    private static final String[][] NAV = {
        {"nav.home", "/"}, {"nav.editor", "/query"}, {"nav.queries", "/api/queries"}, {"nav.map", "/map"},
        {"nav.countries", "/id/profile/"}, {"nav.programmes", "/id/programme/"}, {"nav.organisations", "/id/organisation/"},
        {"nav.report", "/report"}};

    /** The same path with the query-string fields given (values encoded), keeping the chosen language. */
    String local(String path, Map<String, String> fields) {
        StringBuilder sb = new StringBuilder(path);
        char sep = path.contains("?") ? '&' : '?';
        for (var e : fields.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) {
                continue;
            }
            sb.append(sep).append(e.getKey()).append('=').append(java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            sep = '&';
        }
        return fields.containsKey("lang") ? sb.toString() : local(sb.toString());
    }

    /** The language the visitor asked for with ?lang=, or null when the page language came from the header. */
    String explicitLang() {
        return explicitLang ? lang : null;
    }

    /** A server-relative link that keeps the language the visitor chose with ?lang=. */
    String local(String path) {
        if (!explicitLang) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    String href(Node n) {
        if (!n.isURI()) {
            return null;
        }
        String iri = n.getURI();
        if (iri.startsWith(data.base())) {
            return local("/id/" + iri.substring(data.base().length()));
        }
        if (iri.startsWith(Vocab.CPO)) {
            return local("/ontology") + "#" + iri.substring(Vocab.CPO.length());
        }
        if (iri.equals(Vocab.ONTOLOGY_IRI)) {
            return local("/ontology");
        }
        return iri;
    }

    Pages.Link link(Node n) {
        return new Pages.Link(label(n), href(n));
    }

    /** rdfs:label or skos:prefLabel in the page language, else in any language, else the IRI's last segment. */
    String label(Node n) {
        if (!n.isURI()) {
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
        String any = null;
        for (Node p : new Node[] {Vocab.LABEL, Vocab.PREF_LABEL}) {
            for (Triple t : graph().find(n, p, Node.ANY).toList()) {
                if (!t.getObject().isLiteral()) {
                    continue;
                }
                if (lang.equals(t.getObject().getLiteralLanguage())) {
                    return t.getObject().getLiteralLexicalForm();
                }
                if (any == null || "en".equals(t.getObject().getLiteralLanguage())) {
                    any = t.getObject().getLiteralLexicalForm();
                }
            }
        }
        if (any != null) {
            return any;
        }
        String reused = TermLabels.label(n, lang);
        return reused != null ? reused : localName(n.getURI());
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private Map<Node, Node> profiles;

    /** The country profile of a country (its authority IRI), or null when the graph has none. */
    Node profileOf(Node country) {
        if (profiles == null) {
            profiles = new HashMap<>();
            for (Triple t : graph().find(Node.ANY, Vocab.TYPE, Vocab.cpo("CountryProfile")).toList()) {
                Node c = value(t.getSubject(), Vocab.COUNTRY);
                if (c != null) {
                    profiles.putIfAbsent(c, t.getSubject());
                }
            }
        }
        return profiles.get(country);
    }

    /**
     * A value as a table cell: a resource of the graph links to its page (a country to its profile),
     * shows its label and keeps its IRI as the title; a literal shows its text, language and whether it is a number.
     */
    Browse.Cell cell(Node n) {
        if (n == null) {
            return new Browse.Cell("", null, null, null, false);
        }
        if (n.isURI()) {
            Node profile = profileOf(n);
            return new Browse.Cell(label(n), href(profile != null ? profile : n), n.getURI(), null, false);
        }
        if (n.isLiteral()) {
            String l = n.getLiteralLanguage();
            return new Browse.Cell(n.getLiteralLexicalForm(), null, null, l == null || l.isEmpty() ? null : l, isNumeric(n));
        }
        return new Browse.Cell(n.toString(), null, null, null, false);
    }

    /** Whether a literal is a number (xsd:integer, xsd:decimal, xsd:double … and their subtypes). */
    static boolean isNumeric(Node n) {
        if (!n.isLiteral()) {
            return false;
        }
        try {
            return org.apache.jena.sparql.expr.NodeValue.makeNode(n).isNumber();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The single value of a property, or null. */
    Node value(Node s, Node p) {
        var it = graph().find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
