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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.query.QueryLimits;
import org.w3id.clusterpolicy.server.guard.PublicLimits;

/**
 * The query shapes that kept a core busy for minutes, each answered within the time limit with a
 * status and a message, and the query thread freed. A server of its own with a 3 s limit, four
 * query threads and room for a 2 MB query (so the text limits, not the size limit, are what
 * refuses the large shapes; the size limit has its own test).
 */
class HostileQueriesTest {
    private static KnowledgeGraphServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        PublicLimits d = PublicLimits.DEFAULT;
        server = TestServer.start(Duration.ofSeconds(3), new PublicLimits(64, false, 4, 32, 2 * 1024 * 1024, d.maxResponseBytes(),
                d.writeTimeout(), QueryLimits.DEFAULT));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String query) {
        return Clients.send(CLIENT, HttpRequest.newBuilder(URI.create(server.url() + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
    }

    /** After an answer, no query thread may still be working on it. */
    static void assertNoQueryLeftRunning() {
        Clients.await("the query threads to be idle", 30, () -> server.safeguards().gate().active() == 0);
    }

    static void assertRefused(HttpResponse<String> r, int status, String words) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(words), r.body());
        assertNoQueryLeftRunning();
    }

    @Test
    void nestedFilterNotExistsAHundredDeepIsRefusedBeforeTheOptimiser() {
        String q = "SELECT * WHERE { ?s ?p ?o " + "FILTER NOT EXISTS { ?s ?p ?o ".repeat(100) + "}".repeat(100) + " }";
        assertTrue(q.length() < 4_000);
        assertRefused(post(q), 400, "nests groups { } 101 deep; this endpoint takes at most 24");
    }

    @Test
    void twoThousandNestedSubSelectsAreA400NotA500() {
        String q = "SELECT * WHERE { " + "{ SELECT * WHERE ".repeat(2000) + "{ ?s ?p ?o }" + " }".repeat(2000) + " }";
        assertRefused(post(q), 400, "nests groups { }");
    }

    @Test
    void aFiveThousandWayUnionIsA400() {
        String q = "SELECT * WHERE { " + IntStream.range(0, 5000).mapToObj(i -> "{ ?s ?p " + i + " }").collect(Collectors.joining(" UNION ")) + " }";
        assertRefused(post(q), 400, "has 5001 groups { }; this endpoint takes at most 1000");
    }

    @Test
    void aSixtyThousandTermFilterIsA400() {
        String q = "SELECT * WHERE { ?s ?p ?o FILTER(" + IntStream.range(0, 60000).mapToObj(i -> "?o=" + i).collect(Collectors.joining("||")) + ") }";
        assertRefused(post(q), 400, "terms; this endpoint takes at most 20000");
    }

    @Test
    void deeplyNestedExpressionsAreA400() {
        String q = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(5000) + "?o" + ")".repeat(5000) + ") }";
        assertRefused(post(q), 400, "nests parentheses 5001 deep");
    }

    @Test
    void orderByOverACrossProductStopsAtTheHeldRowLimit() throws Exception {
        HttpResponse<String> r = post("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f");
        assertEquals(422, r.statusCode(), r.body());
        JsonNode problem = new ObjectMapper().readTree(r.body());
        assertTrue(problem.get("error").asText().contains("more than 200000 rows in memory"), r.body());
        assertNoQueryLeftRunning();
    }

    @Test
    void catastrophicBacktrackingIsStoppedAtTheTimeLimit() throws Exception {
        String text = "a".repeat(40) + "b";
        HttpResponse<String> r = post("SELECT * WHERE { BIND(\"" + text + "\" AS ?x) FILTER(REGEX(?x, \"^(a+)+\\\\1$\")) }");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(new ObjectMapper().readTree(r.body()).get("error").asText().contains("ran past the 3 s limit"), r.body());
        assertNoQueryLeftRunning();
        HttpResponse<String> replace = post("SELECT (REPLACE(\"" + text + "\", \"^(a+)+\\\\1$\", \"x\") AS ?y) WHERE { }");
        assertEquals(503, replace.statusCode(), replace.body());
        assertNoQueryLeftRunning();
    }

    @Test
    void aCrossProductCountIsStoppedAtTheTimeLimitAndItsThreadFreed() {
        HttpResponse<String> r = post(FairShareTest.ENDLESS);
        assertRefused(r, 503, "ran past the 3 s limit");
    }

    @Test
    void resultsPastMaxRowsAreAnErrorNamingTheLimitInEveryFormat() {
        try (KnowledgeGraphServer small = TestServer.start(Duration.ofSeconds(10), PublicLimits.DEFAULT.withQuery(QueryLimits.DEFAULT.withMaxRows(100)))) {
            for (String type : new String[] {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"}) {
                HttpResponse<String> r = Clients.send(CLIENT, HttpRequest.newBuilder(URI.create(small.url() + "/sparql?query="
                        + java.net.URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8))).header("Accept", type).build());
                assertEquals(422, r.statusCode(), type + ": " + r.body());
                assertTrue(r.body().contains("more than 100 rows"), r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "a problem, not a cut result");
            }
            HttpResponse<String> exactly = Clients.send(CLIENT, Clients.sparql(small, "SELECT * WHERE { ?s ?p ?o } LIMIT 100"));
            assertEquals(200, exactly.statusCode(), "100 rows are within the limit");
            HttpResponse<String> construct = Clients.send(CLIENT, HttpRequest.newBuilder(URI.create(small.url() + "/sparql?query="
                    + java.net.URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8))).header("Accept", "text/turtle").build());
            assertEquals(422, construct.statusCode(), construct.body());
            assertTrue(construct.body().contains("more than 100 triples"), construct.body());
        }
    }

    @Test
    void aTimeoutWhileStreamingNeverGivesA200WithJunk() throws Exception {
        // Rows come at once, then a cross product that yields none: the first rows are written before the limit passes.
        HttpResponse<String> r = post("SELECT ?c WHERE { { ?a ?b ?c } UNION { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?i)) < 0) } }");
        assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        new ObjectMapper().readTree(r.body()); // valid JSON: the problem, and nothing else
        assertFalse(r.body().contains("bindings"));
        assertNoQueryLeftRunning();
    }

    /**
     * Large bodies are sent with {@code Expect: 100-continue}, as careful clients do: the 413 comes
     * before the client sends a byte of the body, which shows the body is refused unread.
     */
    @Test
    void queryTextsAndBodiesPastTheSizeLimitAre413BeforeTheyAreRead() {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(200_000);
        HttpResponse<String> get = TestServer.get("/sparql?query=" + java.net.URLEncoder.encode(big.substring(0, 110_000), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(413, get.statusCode(), get.body());
        HttpResponse<String> body = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql")).header("Content-Type", "application/sparql-query")
                .expectContinue(true).POST(HttpRequest.BodyPublishers.ofString(big + "y".repeat(10 * 1024 * 1024))).build());
        assertEquals(413, body.statusCode(), "10 MB with a Content-Length");
        assertTrue(body.body().contains("larger than 102400 bytes"), body.body());
        HttpResponse<String> form = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .expectContinue(true).POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(big, java.nio.charset.StandardCharsets.UTF_8))).build());
        assertEquals(413, form.statusCode(), form.body());
        // Without a length, the body is read up to the limit and no further (just past it here, so the client has sent it all).
        String justOver = big.substring(0, 102_400 + 1_000);
        HttpResponse<String> chunked = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(justOver))).build());
        assertEquals(413, chunked.statusCode(), "a body without Content-Length is read only up to the limit");
    }

}
