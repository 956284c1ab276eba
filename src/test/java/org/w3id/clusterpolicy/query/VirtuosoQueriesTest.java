package org.w3id.clusterpolicy.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.query.CannedQueryCases.Case;
import org.w3id.clusterpolicy.store.GraphFiles;
import org.w3id.clusterpolicy.store.GraphStorePublisher;
import org.w3id.clusterpolicy.store.GraphUpload;
import org.w3id.clusterpolicy.store.PublishTarget;
import org.w3id.clusterpolicy.store.Virtuoso;
import org.w3id.clusterpolicy.store.VirtuosoServer;

/**
 * Every recorded canned-query case gives its recorded rows on Virtuoso 7, loaded with the TriG dump
 * through its Graph Store endpoint (all graphs into one, queried as the default graph).
 */
@ExtendWith(Virtuoso.class)
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class VirtuosoQueriesTest {
    static final String GRAPH = "https://w3id.org/cluster-policy/id/graph/canned-query-test";
    private static RemoteCannedQueries virtuoso;

    @BeforeAll
    static void load(VirtuosoServer server) {
        List<GraphUpload> uploads = new GraphStorePublisher().publish(GraphFiles.read(Path.of("data", "cluster-policy.trig")),
                new PublishTarget(URI.create(server.graphStoreEndpoint()), GRAPH,
                        new PublishTarget.Credentials(VirtuosoServer.USER, VirtuosoServer.PASSWORD)), u -> {});
        assertTrue(uploads.stream().allMatch(GraphUpload::succeeded), uploads.toString());
        virtuoso = new RemoteCannedQueries(server.sparqlEndpoint(), GRAPH);
    }

    static List<Case> cases() {
        return CannedQueryCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesItsRecordedRows(Case c) {
        assertEquals(c.expectedCsv(), virtuoso.csv(c), c.id());
    }
}
