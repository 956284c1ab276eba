package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Answers are reused with validators (strong ETag from the graph's checksum and the request,
 * Cache-Control, 304), compressed for clients that accept gzip; and the edge rules: OPTIONS
 * advertises only what a path takes, CORS is "*" without credentials, X-Forwarded-Host counts only
 * behind a trusted proxy.
 */
class CachingAndEdgeTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/queries/timeline.csv?country=HU&from=2010", "/id/profile/malta", "/catalog", "/.well-known/void",
        "/api/openapi.json", "/api/queries", "/ontology", "/sparql?query=ASK%7B%7D"})
    void answersCarryAStrongETagAndAValidatorGets304(String path) {
        HttpResponse<String> first = TestServer.get(path, "Accept", "text/turtle, application/json;q=0.9, text/csv;q=0.8, */*;q=0.1");
        assertEquals(200, first.statusCode(), first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), "strong: " + etag);
        assertEquals("public, max-age=600", first.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> again = TestServer.get(path, "Accept", "text/turtle, application/json;q=0.9, text/csv;q=0.8, */*;q=0.1");
        assertEquals(first.body(), again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        HttpResponse<String> validated = TestServer.get(path, "Accept", "text/turtle, application/json;q=0.9, text/csv;q=0.8, */*;q=0.1",
                "If-None-Match", etag);
        assertEquals(304, validated.statusCode());
        assertEquals("", validated.body());
        HttpResponse<String> stale = TestServer.get(path, "Accept", "text/turtle, application/json;q=0.9, text/csv;q=0.8, */*;q=0.1",
                "If-None-Match", "\"0123456789abcdef0123456789abcdef\"");
        assertEquals(200, stale.statusCode());
    }

    @Test
    void theETagDependsOnTheRequestAndTheAnswerIsKept() {
        String de = TestServer.get("/api/queries/countries.csv?lang=de").headers().firstValue("ETag").orElseThrow();
        String en = TestServer.get("/api/queries/countries.csv?lang=en").headers().firstValue("ETag").orElseThrow();
        String html = TestServer.get("/id/profile/malta", "Accept", "text/html").headers().firstValue("ETag").orElseThrow();
        String ttl = TestServer.get("/id/profile/malta", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(de, en);
        assertNotEquals(html, ttl);
        long before = TestServer.shared().safeguards().cache().size();
        TestServer.get("/api/queries/programmes.json?country=AT");
        assertEquals(before + 1, TestServer.shared().safeguards().cache().size(), "a new answer is kept");
        TestServer.get("/api/queries/programmes.json?country=AT");
        assertEquals(before + 1, TestServer.shared().safeguards().cache().size(), "and reused, not made again");
    }

    @Test
    void aHeadRequestNeverLeavesAnEmptyAnswerForTheGet() {
        String path = "/api/queries/regions.csv?country=BE";
        HttpResponse<String> head = TestServer.send(HttpRequest.newBuilder(TestServer.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        HttpResponse<String> get = TestServer.get(path);
        assertTrue(get.body().startsWith("country,region"), get.body());
        assertEquals(head.headers().firstValue("ETag"), get.headers().firstValue("ETag"));
    }

    @Test
    void errorsAreNotCachedAndCarryNoValidator() {
        HttpResponse<String> r = TestServer.get("/api/queries/country-profile?country=Atlantis");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("ETag").isEmpty());
    }

    @Test
    void responsesAreGzippedForClientsThatAcceptIt() throws IOException {
        HttpResponse<byte[]> plain = TestServer.getBytes("/api/queries/links.csv");
        HttpResponse<byte[]> zipped = TestServer.getBytes("/api/queries/links.csv", "Accept-Encoding", "gzip");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.body().length < plain.body().length / 2, zipped.body().length + " vs " + plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<String> post = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 50",
                        java.nio.charset.StandardCharsets.UTF_8))).build());
        assertEquals("gzip", post.headers().firstValue("Content-Encoding").orElse(""), "POSTed queries too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/id/profile/malta", "/download/", "/api/queries/countries", "/nowhere"})
    void optionsAdvertisesOnlyReading(String path) {
        RawHttp r = RawHttp.send(TestServer.shared().port(), "OPTIONS", path, Map.of(), null);
        assertTrue(r.status() == 204 || r.status() == 200, "OPTIONS " + path + ": " + r.status());
        assertEquals("GET, HEAD, OPTIONS", r.header("Allow"));
    }

    @Test
    void optionsOnTheEndpointAddsPostOnly() {
        RawHttp r = RawHttp.send(TestServer.shared().port(), "OPTIONS", "/sparql", Map.of(), null);
        assertEquals("GET, HEAD, POST, OPTIONS", r.header("Allow"));
    }

    @Test
    void corsIsAStarWithoutCredentialsAndNeverEchoesTheOrigin() {
        HttpResponse<String> r = TestServer.get("/sparql?query=ASK%7B%7D", "Origin", "https://evil.example", "Accept", "application/sparql-results+json");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertFalse(r.headers().map().toString().contains("evil.example"));
        RawHttp preflight = RawHttp.send(TestServer.shared().port(), "OPTIONS", "/sparql",
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "PUT"), null);
        assertEquals("*", preflight.header("Access-Control-Allow-Origin"));
        assertEquals("GET, HEAD, POST, OPTIONS", preflight.header("Access-Control-Allow-Methods"));
        assertNull(preflight.header("Access-Control-Allow-Credentials"));
        RawHttp page = RawHttp.send(TestServer.shared().port(), "OPTIONS", "/id/profile/malta",
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"), null);
        assertEquals("GET, HEAD, OPTIONS", page.header("Access-Control-Allow-Methods"));
    }

    @Test
    void forwardedHostIsIgnoredUnlessAProxyIsTrusted() throws Exception {
        HttpResponse<String> catalog = TestServer.get("/catalog", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
        assertFalse(catalog.body().contains("evil.example"), "no link to a host a client made up");
        assertTrue(catalog.body().contains("://localhost:" + TestServer.shared().port() + "/download/cluster-policy.ttl"), "links to the host the client used");
        HttpResponse<String> downloads = TestServer.get("/download/index.json", "X-Forwarded-Host", "evil.example");
        assertFalse(downloads.body().contains("evil.example"));
        try (KnowledgeGraphServer proxied = TestServer.start(java.time.Duration.ofSeconds(5),
                org.w3id.clusterpolicy.server.guard.PublicLimits.DEFAULT.withTrustProxy(true))) {
            HttpResponse<String> r = TestServer.send(HttpRequest.newBuilder(java.net.URI.create(proxied.url() + "/catalog"))
                    .header("X-Forwarded-Host", "data.example.org").header("X-Forwarded-Proto", "https").build());
            assertTrue(r.body().contains("https://data.example.org/download/cluster-policy.ttl"), "behind a trusted proxy its host is used");
        }
    }
}
