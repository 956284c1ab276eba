package org.w3id.clusterpolicy.store;

import java.net.URI;

/**
 * A SPARQL 1.1 query endpoint that holds the graph the service serves, and the named graph there
 * that holds it ({@code null}: the endpoint's default graph). The graph is sent with each query as
 * {@code default-graph-uri}, so a store whose default graph is the union of everything it holds
 * (Virtuoso's) answers from our graph only.
 */
public record RemoteEndpoint(URI url, String graph) {

    /** How the endpoint shows in logs and start-up lines. */
    @Override
    public String toString() {
        return url + (graph == null ? "" : " (graph <" + graph + ">)");
    }
}
