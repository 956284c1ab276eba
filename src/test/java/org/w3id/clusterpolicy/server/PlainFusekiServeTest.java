package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3id.clusterpolicy.server.guard.PublicLimits;
import org.w3id.clusterpolicy.store.PlainFuseki;

/**
 * {@link RemoteStoreContract} on plain Apache Jena Fuseki 6 (the stand-alone server in its own
 * process, serving the Turtle dump as its default graph), and the limits a forwarded query runs
 * under: the time limit and each client's share of the endpoint.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PlainFusekiServeTest extends RemoteStoreContract {
    /** Plain Fuseki stops a query itself after this long, so the cross product below does not run on once ours gave up. */
    private static final String STORE_TIMEOUT_MS = "20000";
    private PlainFuseki fuseki;

    @BeforeAll
    void start() {
        fuseki = PlainFuseki.start("--timeout=" + STORE_TIMEOUT_MS, "--file=" + java.nio.file.Path.of("data", "cluster-policy.ttl").toAbsolutePath());
        remote = serve(endpoint(), null, Duration.ofSeconds(30), limits(MAX_ROWS));
    }

    @AfterAll
    void stopTheStore() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Override
    String endpoint() {
        return fuseki.sparqlEndpoint();
    }

    @Override
    String graph() {
        return null;
    }

    @Test
    void aForwardedQueryIsStoppedAtTheTimeAndEachClientGetsItsShare() throws Exception {
        PublicLimits d = PublicLimits.DEFAULT;
        PublicLimits onePerClient = new PublicLimits(1, false, d.queryThreads(), d.queryQueue(), d.maxQueryBytes(), d.maxResponseBytes(),
                d.writeTimeout(), d.query());
        try (KnowledgeGraphServer s = serve(endpoint(), null, Duration.ofSeconds(2), onePerClient)) {
            HttpClient hammer = Clients.from("127.0.0.2");
            CompletableFuture<HttpResponse<String>> slow = Clients.sendAsync(hammer, Clients.sparql(s, FairShareTest.ENDLESS));
            Clients.await("the slow query of 127.0.0.2 runs", 30, () -> s.safeguards().gate().running("127.0.0.2") == 1);
            HttpResponse<String> second = Clients.send(hammer, Clients.sparql(s, SparqlEndpointTest.PROFILES));
            assertEquals(429, second.statusCode(), second.body());
            HttpResponse<String> other = Clients.send(Clients.from("127.0.0.3"), Clients.sparql(s, SparqlEndpointTest.PROFILES));
            assertEquals(200, other.statusCode(), other.body());
            HttpResponse<String> stopped = slow.get(2, TimeUnit.MINUTES);
            assertEquals(503, stopped.statusCode(), stopped.body());
            assertTrue(stopped.body().contains("ran past the 2 s limit"), stopped.body());
        }
    }
}
