package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.query.QueryLimits;
import org.w3id.clusterpolicy.server.guard.PublicLimits;

/**
 * Fair shares on a public endpoint: one client hammering the endpoint gets 429 past its share
 * while other clients are answered, and queries never hold up pages or {@code /health}. Clients
 * are told apart by their loopback address (127.0.0.2, 127.0.0.3, ...).
 */
class FairShareTest {
    /** A query that runs until the time limit: it counts a cross product and holds no rows. */
    static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String PROFILES = SparqlEndpointTest.PROFILES;

    static PublicLimits limits(int perClient, boolean trustProxy) {
        PublicLimits d = PublicLimits.DEFAULT;
        return new PublicLimits(perClient, trustProxy, 2 * perClient, 32, d.maxQueryBytes(), d.maxResponseBytes(), Duration.ofSeconds(30), QueryLimits.DEFAULT);
    }

    @Test
    void aClientPastItsShareGets429WithRetryAfterWhileOthersAreAnswered() throws Exception {
        try (KnowledgeGraphServer s = TestServer.start(Duration.ofSeconds(60), limits(2, false))) {
            HttpClient hammer = Clients.from("127.0.0.2");
            List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                running.add(Clients.sendAsync(hammer, Clients.sparql(s, ENDLESS)));
            }
            Clients.await("two queries of 127.0.0.2 running", 30, () -> s.safeguards().gate().running("127.0.0.2") == 2);

            HttpResponse<String> refused = Clients.send(hammer, Clients.sparql(s, PROFILES));
            assertEquals(429, refused.statusCode(), refused.body());
            assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode problem = new ObjectMapper().readTree(refused.body());
            assertEquals(429, problem.get("status").asInt());
            assertTrue(problem.get("error").asText().contains("2 queries at once"), refused.body());
            HttpResponse<String> canned = Clients.send(hammer, HttpRequest.newBuilder(URI.create(s.url() + "/api/queries/countries-without-national-programme.csv")).build());
            assertEquals(429, canned.statusCode(), "canned queries count too");

            HttpResponse<String> other = Clients.send(Clients.from("127.0.0.3"), Clients.sparql(s, PROFILES));
            assertEquals(200, other.statusCode(), other.body());
            assertTrue(other.body().contains("\"41\""), other.body());
            assertEquals(200, Clients.send(hammer, HttpRequest.newBuilder(URI.create(s.url() + "/health")).build()).statusCode(),
                    "pages and /health are no queries: the hammering client still gets them");
            assertFalse(running.stream().anyMatch(CompletableFuture::isDone), "the hammering queries were still running throughout");
        }
    }

    @Test
    void xForwardedForCountsOnlyBehindATrustedProxy() throws Exception {
        try (KnowledgeGraphServer untrusting = TestServer.start(Duration.ofSeconds(60), limits(1, false))) {
            HttpClient c = Clients.from("127.0.0.4");
            CompletableFuture<HttpResponse<String>> first = Clients.sendAsync(c, Clients.sparql(untrusting, ENDLESS, "X-Forwarded-For", "192.0.2.1"));
            Clients.await("the first query running", 30, () -> untrusting.safeguards().gate().running("127.0.0.4") == 1);
            HttpResponse<String> spoofed = Clients.send(c, Clients.sparql(untrusting, PROFILES, "X-Forwarded-For", "192.0.2.2"));
            assertEquals(429, spoofed.statusCode(), "a made-up X-Forwarded-For does not make a new client");
            assertFalse(first.isDone());
        }
        try (KnowledgeGraphServer behindProxy = TestServer.start(Duration.ofSeconds(60), limits(1, true))) {
            HttpClient proxy = Clients.from("127.0.0.5");
            CompletableFuture<HttpResponse<String>> first = Clients.sendAsync(proxy, Clients.sparql(behindProxy, ENDLESS, "X-Forwarded-For", "192.0.2.1, 10.0.0.1"));
            Clients.await("the first client's query running", 30, () -> behindProxy.safeguards().gate().running("192.0.2.1") == 1);
            assertEquals(429, Clients.send(proxy, Clients.sparql(behindProxy, PROFILES, "X-Forwarded-For", "192.0.2.1")).statusCode());
            assertEquals(200, Clients.send(proxy, Clients.sparql(behindProxy, PROFILES, "X-Forwarded-For", "192.0.2.2")).statusCode(),
                    "another client behind the same proxy is answered");
            assertFalse(first.isDone());
        }
    }

    /** 24 endless queries from six clients fill the query threads and their queue; pages and /health are answered meanwhile. */
    @Test
    void heavyQueriesNeverHoldUpPagesOrHealth() throws Exception {
        try (KnowledgeGraphServer s = TestServer.start(Duration.ofSeconds(60), limits(4, false))) {
            List<CompletableFuture<HttpResponse<String>>> heavy = new ArrayList<>();
            for (int client = 0; client < 6; client++) {
                HttpClient c = Clients.from("127.0.1." + (client + 1));
                for (int i = 0; i < 4; i++) {
                    heavy.add(Clients.sendAsync(c, Clients.sparql(s, ENDLESS)));
                }
            }
            Clients.await("24 queries admitted", 30, () -> {
                int n = 0;
                for (int client = 0; client < 6; client++) {
                    n += s.safeguards().gate().running("127.0.1." + (client + 1));
                }
                return n == 24;
            });
            HttpClient visitor = Clients.from("127.0.2.1");
            for (String page : List.of("/health", "/id/profile/malta", "/", "/download/", "/ontology")) {
                HttpResponse<String> r = Clients.send(visitor, HttpRequest.newBuilder(URI.create(s.url() + page)).header("Accept", "text/html").build());
                assertEquals(200, r.statusCode(), page);
            }
            assertFalse(heavy.stream().anyMatch(CompletableFuture::isDone), "every heavy query was still running while the pages were served");
        }
    }

    /**
     * 25 clients that ask for a large result and never read it: they hold no thread that pages,
     * {@code /health} or other queries need, and the write timeout cuts each of them off.
     */
    @Test
    void slowReadersHoldNothingAndAreCutOffByTheWriteTimeout() throws Exception {
        PublicLimits d = PublicLimits.DEFAULT;
        PublicLimits limits = new PublicLimits(4, false, 4, 32, d.maxQueryBytes(), d.maxResponseBytes(), Duration.ofSeconds(2), QueryLimits.DEFAULT);
        try (KnowledgeGraphServer s = TestServer.start(Duration.ofSeconds(60), limits)) {
            String big = java.net.URLEncoder.encode("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 40000", java.nio.charset.StandardCharsets.UTF_8);
            List<java.net.Socket> readers = new ArrayList<>();
            try {
                for (int i = 1; i <= 25; i++) {
                    java.net.Socket socket = new java.net.Socket();
                    socket.setReceiveBufferSize(1024);
                    socket.bind(new java.net.InetSocketAddress("127.0.3." + i, 0));
                    socket.connect(new java.net.InetSocketAddress("127.0.0.1", s.port()));
                    socket.getOutputStream().write(("GET /sparql?query=" + big + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Accept: application/sparql-results+xml\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    readers.add(socket); // and never read from it
                }
                Clients.await("25 slow readers being answered", 60, () -> {
                    int n = 0;
                    for (int i = 1; i <= 25; i++) {
                        n += s.safeguards().gate().running("127.0.3." + i);
                    }
                    return n == 25;
                });
                HttpClient visitor = Clients.from("127.0.4.1");
                assertEquals(200, Clients.send(visitor, HttpRequest.newBuilder(URI.create(s.url() + "/health")).build()).statusCode());
                assertEquals(200, Clients.send(visitor, HttpRequest.newBuilder(URI.create(s.url() + "/download/cluster-policy.ttl")).build()).statusCode());
                assertEquals(200, Clients.send(visitor, Clients.sparql(s, PROFILES)).statusCode(), "a query of another client runs meanwhile");
                Clients.await("the write timeout to cut every slow reader off", 60, () -> {
                    for (int i = 1; i <= 25; i++) {
                        if (s.safeguards().gate().running("127.0.3." + i) > 0) {
                            return false;
                        }
                    }
                    return true;
                });
            } finally {
                for (java.net.Socket socket : readers) {
                    socket.close();
                }
            }
        }
    }
}
