package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3id.clusterpolicy.store.GraphFiles;
import org.w3id.clusterpolicy.store.GraphStorePublisher;
import org.w3id.clusterpolicy.store.GraphUpload;
import org.w3id.clusterpolicy.store.PublishTarget;
import org.w3id.clusterpolicy.store.Virtuoso;
import org.w3id.clusterpolicy.store.VirtuosoServer;

/**
 * {@link RemoteStoreContract} on Virtuoso 7, the dump published into one named graph of it (its
 * default graph is the union of all its graphs, its own system graphs included), and a result
 * Virtuoso cuts short at its own row limit: an error, never a short answer.
 */
@ExtendWith(Virtuoso.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class VirtuosoServeTest extends RemoteStoreContract {
    static final String GRAPH = "https://w3id.org/cluster-policy/id/graph/serve-test";
    private VirtuosoServer virtuoso;

    @BeforeAll
    void load(VirtuosoServer server) {
        virtuoso = server;
        List<GraphUpload> uploads = new GraphStorePublisher().publish(GraphFiles.read(TestServer.DATA),
                new PublishTarget(URI.create(server.graphStoreEndpoint()), GRAPH,
                        new PublishTarget.Credentials(VirtuosoServer.USER, VirtuosoServer.PASSWORD)), u -> {});
        assertTrue(uploads.stream().allMatch(GraphUpload::succeeded), uploads.toString());
        remote = serve(endpoint(), GRAPH, Duration.ofSeconds(30), limits(MAX_ROWS));
    }

    @Override
    String endpoint() {
        return virtuoso.sparqlEndpoint();
    }

    @Override
    String graph() {
        return GRAPH;
    }

    @Test
    void aResultVirtuosoCutsAtItsRowLimitIsAnErrorNotAShortAnswer() {
        try (KnowledgeGraphServer s = serve(endpoint(), GRAPH, Duration.ofSeconds(30), limits(100_000))) {
            HttpResponse<String> r = sparql(s, "SELECT ?a ?b WHERE { ?a a ?x . ?b a ?y } LIMIT 20000", "text/csv");
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("returns at most 10000 rows"), r.body());
        }
    }
}
