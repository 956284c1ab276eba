package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ResourceBundle;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.clusterpolicy.rdf.Vocab;
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

    Graph graph() {
        return data.dataset().getDefaultGraph();
    }

    /** The frame of a page at {@code path} (server-relative, without query string). */
    Pages.Frame frame(String path, String title) {
        String other = lang.equals("en") ? "de" : "en";
        return new Pages.Frame(lang, other, path + "?lang=" + other, local("/"), title);
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
        return any != null ? any : localName(n.getURI());
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The single value of a property, or null. */
    Node value(Node s, Node p) {
        var it = graph().find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
