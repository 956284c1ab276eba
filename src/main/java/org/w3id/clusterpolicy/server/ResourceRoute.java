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
        if (ResourceLists.isList(rest) && views instanceof HtmlPages html) {
            PageKit kit = html.kit(req);
            Http.sendHtml(resp, 200, html.renderer().render(data.read(() -> html.lists().page(kit, rest))));
            return;
        }
        Target target = target(rest);
        resp.setHeader("Vary", "Accept");
        if (target == null) {
            notFound(req, resp, views, "The graph holds no resource " + data.base() + rest + ".");
            return;
        }
        Node iri = target.iri();
        ServiceUrls urls = Http.urls(req);
        List<String> links = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            links.add("<" + urls.base() + "/id/" + target.path() + "." + f.suffix() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        resp.setHeader("Link", String.join(", ", links));
        RdfFormat format = target.forced();
        if (format == null) {
            List<String> offers = new ArrayList<>(RdfFormat.mediaTypes());
            offers.add(1, Http.HTML);
            String chosen = Http.negotiate(req, offers, RdfFormat.TURTLE.mediaType());
            if (chosen == null) {
                Http.sendJson(resp, 406, new Http.Problem(406, "available as text/html, " + String.join(", ", RdfFormat.mediaTypes()), null));
                return;
            }
            if (chosen.equals(Http.HTML)) {
                Http.sendHtml(resp, 200, data.read(() -> views.resource(req, iri)));
                return;
            }
            format = RdfFormat.byMediaType(chosen).orElseThrow();
        }
        Graph description = data.read(() -> describe(iri));
        Http.sendGraph(resp, description, format, Prefixes.map(data.base()));
    }

    /** A resource the graph holds, named by a path, and the format its suffix asked for, if any. */
    private record Target(String path, Node iri, RdfFormat forced) {}

    /** The resource the path names, else the one it names without a format suffix; null if the graph holds neither. */
    private Target target(String path) {
        if (path.isEmpty()) {
            return null;
        }
        Node iri = NodeFactory.createURI(data.base() + path);
        if (holds(iri)) {
            return new Target(path, iri, null);
        }
        int dot = path.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        RdfFormat suffix = RdfFormat.bySuffix(path.substring(dot + 1)).orElse(null);
        if (suffix == null) {
            return null;
        }
        String stripped = path.substring(0, dot);
        Node strippedIri = NodeFactory.createURI(data.base() + stripped);
        return holds(strippedIri) ? new Target(stripped, strippedIri, suffix) : null;
    }

    private boolean holds(Node iri) {
        return data.read(() -> data.graph().contains(iri, Node.ANY, Node.ANY));
    }

    /** The resource's triples and the triples that point to it. */
    private Graph describe(Node iri) {
        Graph g = GraphMemFactory.createDefaultGraph();
        Graph all = data.graph();
        all.find(iri, Node.ANY, Node.ANY).forEachRemaining(g::add);
        all.find(Node.ANY, Node.ANY, iri).forEachRemaining(g::add);
        return g;
    }
}
