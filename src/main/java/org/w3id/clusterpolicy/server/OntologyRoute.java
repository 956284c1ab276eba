package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.clusterpolicy.server.http.Http;
import org.w3id.clusterpolicy.server.http.RdfFormat;
import org.w3id.clusterpolicy.store.Prefixes;

/**
 * {@code GET /ontology}: the ontology, as HTML documentation for browsers and Turtle, JSON-LD,
 * N-Triples or RDF/XML by Accept. Below it, the ontology's files as they are in the repository:
 * {@code cluster-policy.ttl}, {@code concepts.ttl}, {@code shapes.ttl}, {@code context.jsonld}.
 */
final class OntologyRoute extends Route {
    private static final long serialVersionUID = 1L;
    private static final String FOLDER = "/org/w3id/clusterpolicy/ontology/";
    private static final Map<String, String> FILES = Map.of(
            "cluster-policy.ttl", "text/turtle", "concepts.ttl", "text/turtle", "shapes.ttl", "text/turtle",
            "context.jsonld", "application/ld+json");

    private final transient HtmlViews views;

    OntologyRoute(ServedData data, HtmlViews views) {
        super(data);
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = rest(req);
        if (!rest.isEmpty()) {
            String type = FILES.get(rest);
            if (type == null) {
                notFound(req, resp, views, "There is no ontology file " + rest + " (there are "
                        + String.join(", ", FILES.keySet().stream().sorted().toList()) + ").");
                return;
            }
            try (InputStream in = OntologyRoute.class.getResourceAsStream(FOLDER + rest)) {
                Http.send(resp, 200, type, in.readAllBytes());
            }
            return;
        }
        resp.setHeader("Vary", "Accept");
        List<String> offers = new ArrayList<>(RdfFormat.mediaTypes());
        offers.add(0, Http.HTML);
        String chosen = Http.negotiate(req, offers, RdfFormat.TURTLE.mediaType());
        if (chosen == null) {
            Http.sendJson(resp, 406, new Http.Problem(406, "available as " + String.join(", ", offers), null));
        } else if (chosen.equals(Http.HTML)) {
            Http.sendHtml(resp, 200, views.ontology(req));
        } else {
            Http.sendGraph(resp, org.w3id.clusterpolicy.store.CanonicalOrder.sorted(data.ontology()),
                    RdfFormat.byMediaType(chosen).orElseThrow(), Prefixes.map(data.base()));
        }
    }
}
