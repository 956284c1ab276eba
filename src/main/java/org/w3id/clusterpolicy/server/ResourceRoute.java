package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.clusterpolicy.describe.ServiceUrls;
import org.w3id.clusterpolicy.server.http.Http;
import org.w3id.clusterpolicy.server.http.RdfFormat;
import org.w3id.clusterpolicy.store.Prefixes;

/**
 * {@code GET /id/...}: dereferences the resource IRIs of the graph. The IRI is the configured base
 * plus the path, whatever host serves it. Browsers get an HTML page; other clients Turtle, JSON-LD,
 * N-Triples or RDF/XML by Accept, or by the suffixes .ttl, .jsonld, .nt, .rdf. The RDF holds the
 * resource's own triples and those that point to it. An IRI the graph does not hold is a 404.
 */
final class ResourceRoute extends Route {
    private static final long serialVersionUID = 1L;
    private final transient HtmlViews views;

    ResourceRoute(ServedData data, HtmlViews views) {
        super(data);
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = rest(req);
        RdfFormat forced = null;
        Node iri = NodeFactory.createURI(data.base() + rest);
        if (!rest.isEmpty() && !holds(iri)) {
            int dot = rest.lastIndexOf('.');
            if (dot > 0) {
                RdfFormat f = RdfFormat.bySuffix(rest.substring(dot + 1)).orElse(null);
                Node stripped = NodeFactory.createURI(data.base() + rest.substring(0, dot));
                if (f != null && holds(stripped)) {
                    forced = f;
                    rest = rest.substring(0, dot);
                    iri = stripped;
                }
            }
        }
        resp.setHeader("Vary", "Accept");
        if (rest.isEmpty() || !holds(iri)) {
            notFound(req, resp, views, "The graph holds no resource " + data.base() + rest + ".");
            return;
        }
        ServiceUrls urls = Http.urls(req);
        List<String> links = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            links.add("<" + urls.base() + "/id/" + rest + "." + f.suffix() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        resp.setHeader("Link", String.join(", ", links));
        RdfFormat format = forced;
        if (format == null) {
            List<String> offers = new ArrayList<>(RdfFormat.mediaTypes());
            offers.add(1, Http.HTML);
            String chosen = Http.negotiate(req, offers, RdfFormat.TURTLE.mediaType());
            if (chosen == null) {
                Http.sendJson(resp, 406, new Http.Problem(406, "available as text/html, " + String.join(", ", RdfFormat.mediaTypes()), null));
                return;
            }
            if (chosen.equals(Http.HTML)) {
                Node resource = iri;
                Http.sendHtml(resp, 200, data.read(() -> views.resource(req, resource)));
                return;
            }
            format = RdfFormat.byMediaType(chosen).orElseThrow();
        }
        Node resource = iri;
        Graph description = data.read(() -> describe(resource));
        Http.sendGraph(resp, description, format, Prefixes.map(data.base()));
    }

    private boolean holds(Node iri) {
        return data.read(() -> data.dataset().getDefaultGraph().contains(iri, Node.ANY, Node.ANY));
    }

    /** The resource's triples and the triples that point to it. */
    private Graph describe(Node iri) {
        Graph g = GraphMemFactory.createDefaultGraph();
        Graph all = data.dataset().getDefaultGraph();
        all.find(iri, Node.ANY, Node.ANY).forEachRemaining(g::add);
        all.find(Node.ANY, Node.ANY, iri).forEachRemaining(g::add);
        return g;
    }
}
