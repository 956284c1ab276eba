package org.w3id.clusterpolicy.store;

import java.time.Duration;

/**
 * What became of one graph that {@code publish} sent.
 *
 * @param graph the graph's IRI in the store, or {@code "default graph"}
 * @param failure null when the store took the graph; else one line saying why not
 * @param endpointFailure true when the failure concerns the endpoint as a whole (refused
 *     connection, 401, 404 ...), so that the graphs after it are not sent
 */
public record GraphUpload(String graph, long triples, Duration took, String failure, boolean endpointFailure) {

    public boolean succeeded() {
        return failure == null;
    }
}
