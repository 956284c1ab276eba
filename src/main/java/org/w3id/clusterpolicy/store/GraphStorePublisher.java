package org.w3id.clusterpolicy.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.http.HttpOp;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Pushes a dump into any store that speaks the SPARQL 1.1 Graph Store HTTP Protocol, with Jena's
 * Graph Store client: each graph with PUT, which replaces the graph, so publishing twice leaves the
 * store as publishing once. Graphs go in a fixed order (the default graph, then by IRI); a graph
 * the store refuses does not stop the others, unless the refusal concerns the endpoint itself.
 * <p>
 * Credentials are handed to Jena's authentication registry for this endpoint only while publishing:
 * Jena answers the store's challenge with HTTP Basic or Digest (Virtuoso's Graph Store takes only
 * Digest, which Java's own HttpClient does not do).
 */
public final class GraphStorePublisher {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Tries of one PUT whose connection broke before any answer: pauses of 0.5, 1 and 2 s between them. */
    private static final int PUT_ATTEMPTS = 4;

    private final HttpClient client = HttpEnv.httpClientBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            // A redirect is reported, not followed: the body and the credentials go only where the user said.
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * Publishes every graph of {@code dump}, reporting each one to {@code progress} as it is done, and
     * returns what became of each (also of those not sent after a failure of the endpoint itself).
     */
    public List<GraphUpload> publish(DatasetGraph dump, PublishTarget target, Consumer<GraphUpload> progress) {
        URI endpoint = target.endpoint();
        if (target.credentials() != null) {
            AuthEnv.get().registerUsernamePassword(endpoint, target.credentials().user(), target.credentials().password());
        }
        try {
            List<GraphUpload> uploads = new ArrayList<>();
            List<Upload> todo = uploadsOf(dump, target);
            for (int i = 0; i < todo.size(); i++) {
                GraphUpload done = i == 0 ? challenge(endpoint, todo.get(0), target) : null;
                if (done == null) {
                    done = put(endpoint, todo.get(i), target);
                }
                uploads.add(done);
                progress.accept(done);
                if (done.endpointFailure()) {
                    // The others would fail the same way: they are not sent, and not reported one by one.
                    for (Upload skipped : todo.subList(i + 1, todo.size())) {
                        uploads.add(new GraphUpload(skipped.label(), skipped.graph().size(), Duration.ZERO, "not sent: " + done.failure(), true));
                    }
                    break;
                }
            }
            return uploads;
        } finally {
            if (target.credentials() != null) {
                AuthEnv.get().unregisterUsernamePassword(endpoint);
            }
        }
    }

    /** One PUT: a graph and the name it gets in the store (null for the default graph). */
    private record Upload(Node name, Graph graph) {
        String label() {
            return name == null ? "default graph" : name.getURI();
        }
    }

    private static List<Upload> uploadsOf(DatasetGraph dump, PublishTarget target) {
        List<Upload> uploads = new ArrayList<>();
        if (target.union().isPresent()) {
            Graph union = GraphFactory.createDefaultGraph();
            dump.find().forEachRemaining(quad -> union.add(quad.asTriple()));
            uploads.add(new Upload(NodeFactory.createURI(target.unionGraph()), union));
            return uploads;
        }
        if (!dump.getDefaultGraph().isEmpty()) {
            uploads.add(new Upload(null, dump.getDefaultGraph()));
        }
        List<Node> names = new ArrayList<>();
        dump.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::toString));
        for (Node name : names) {
            uploads.add(new Upload(name, dump.getGraph(name)));
        }
        return uploads;
    }

    /**
     * Asks for the store's authentication challenge with a HEAD of the first graph, before any body
     * is sent: a store may answer the unauthenticated first try of a large PUT with 401 and close
     * the connection while the body is still on its way (Virtuoso does), which the client sees as a
     * broken connection rather than the 401. After the challenge Jena sends the credentials with
     * every request up front. Returns the failure when the endpoint refuses (401, 403, no
     * connection), else null: any other answer to HEAD (404 for a new graph, 501 on Virtuoso) is no
     * reason not to PUT.
     */
    private GraphUpload challenge(URI endpoint, Upload first, PublishTarget target) {
        long start = System.nanoTime();
        String url = endpoint + (first.name() == null ? "?default" : "?graph=" + URLEncoder.encode(first.name().getURI(), StandardCharsets.UTF_8));
        try {
            HttpOp.httpHead(client, url);
            return null;
        } catch (RuntimeException e) {
            int status = e instanceof HttpException http ? http.getStatusCode() : -1;
            if (status > 0 && status != 401 && status != 403) {
                return null;
            }
            PublishFailure failure = PublishFailure.of(e, endpoint, target, first.graph().size());
            return new GraphUpload(first.label(), first.graph().size(), Duration.ofNanos(System.nanoTime() - start), failure.message(), true);
        }
    }

    private GraphUpload put(URI endpoint, Upload upload, PublishTarget target) {
        long start = System.nanoTime();
        long triples = upload.graph().size();
        RuntimeException failed = null;
        for (int attempt = 0; attempt < PUT_ATTEMPTS; attempt++) {
            if (attempt > 0 && !pause(Duration.ofMillis(500L << (attempt - 1)))) {
                break;
            }
            try {
                GSP gsp = GSP.service(endpoint.toString()).httpClient(client);
                gsp = upload.name() == null ? gsp.defaultGraph() : gsp.graphName(upload.name());
                gsp.PUT(upload.graph());
                return new GraphUpload(upload.label(), triples, Duration.ofNanos(System.nanoTime() - start), null, false);
            } catch (RuntimeException e) {
                failed = e;
                // PUT is idempotent, so a connection that broke before any answer is tried again on a new
                // one, after a pause: the store may have closed the pooled connection (as after a 413) just
                // before, or dropped it while busy (seen with Virtuoso 7 under the load of the test run).
                if (!brokeBeforeAnswer(e)) {
                    break;
                }
            }
        }
        PublishFailure failure = PublishFailure.of(failed, endpoint, target, triples);
        return new GraphUpload(upload.label(), triples, Duration.ofNanos(System.nanoTime() - start), failure.message(), failure.concernsEndpoint());
    }

    /** Waits; false when interrupted (the interrupt is kept for the caller). */
    private static boolean pause(Duration d) {
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean brokeBeforeAnswer(RuntimeException e) {
        if (e instanceof HttpException http && http.getStatusCode() > 0) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpTimeoutException) {
                return false;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
