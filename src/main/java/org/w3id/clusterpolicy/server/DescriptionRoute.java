package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.w3id.clusterpolicy.describe.ServiceUrls;
import org.w3id.clusterpolicy.server.http.Http;
import org.w3id.clusterpolicy.server.http.RdfFormat;
import org.w3id.clusterpolicy.store.Prefixes;

/**
 * A description of the service made per request with the addresses the client used (the DCAT-AP
 * catalogue, the VoID description), in Turtle unless the Accept header asks for another RDF format.
 */
final class DescriptionRoute extends Route {
    private static final long serialVersionUID = 1L;
    private final transient Function<ServiceUrls, Graph> describe;

    DescriptionRoute(ServedData data, Function<ServiceUrls, Graph> describe) {
        super(data);
        this.describe = describe;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = Http.negotiate(req, RdfFormat.mediaTypes(), RdfFormat.TURTLE.mediaType());
        if (type == null) {
            Http.sendJson(resp, 406, new Http.Problem(406, "available as " + String.join(", ", RdfFormat.mediaTypes()), null));
            return;
        }
        Graph g = data.read(() -> describe.apply(Http.urls(req)));
        resp.setHeader("Vary", "Accept");
        Http.sendGraph(resp, g, RdfFormat.byMediaType(type).orElseThrow(), Prefixes.map(data.base()));
    }
}
