package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.clusterpolicy.server.html.HtmlValidity;
import org.w3id.clusterpolicy.store.GraphFiles;

/** Every dump downloads with the right headers, conditionally, and is the graph the endpoint serves. */
class DownloadTest {
    static final String[] FILES = {"cluster-policy.ttl", "cluster-policy.ttl.gz", "cluster-policy.nt.gz", "cluster-policy.trig",
        "cluster-policy.nq.gz", "cluster-policy.jsonld", "cluster-policy.rdf"};

    @ParameterizedTest
    @ValueSource(strings = {"cluster-policy.ttl", "cluster-policy.ttl.gz", "cluster-policy.nt.gz", "cluster-policy.trig",
        "cluster-policy.nq.gz", "cluster-policy.jsonld", "cluster-policy.rdf"})
    void eachDumpHasItsHeadersAndIsTheServedGraph(String file) throws Exception {
        HttpResponse<byte[]> r = TestServer.getBytes("/download/" + file);
        assertEquals(200, r.statusCode());
        var h = r.headers();
        String type = h.firstValue("Content-Type").orElseThrow();
        String expected = file.endsWith(".gz") ? "application/gzip" : switch (file.substring(file.lastIndexOf('.') + 1)) {
            case "ttl" -> "text/turtle";
            case "trig" -> "application/trig";
            case "jsonld" -> "application/ld+json";
            default -> "application/rdf+xml";
        };
        assertTrue(type.startsWith(expected), type);
        assertEquals(r.body().length, Long.parseLong(h.firstValue("Content-Length").orElseThrow()));
        assertTrue(h.firstValue("ETag").orElseThrow().matches("\"[0-9a-f]{32}\""));
        assertTrue(h.firstValue("Last-Modified").isPresent());
        assertEquals("attachment; filename=\"" + file + "\"", h.firstValue("Content-Disposition").orElseThrow());

        byte[] content = r.body();
        if (file.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
                content = in.readAllBytes();
            }
        }
        String inner = file.replace(".gz", "");
        Lang lang = RDFLanguages.filenameToLang(inner);
        DatasetGraph jena = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(content)).lang(lang).parse(jena);
        GraphFiles.withUnionDefault(jena);
        Graph served = TestServer.shared().data().read(() -> TestServer.shared().data().dataset().getDefaultGraph());
        Graph downloaded = jena.getDefaultGraph();
        assertEquals(served.size(), downloaded.size(), file);
        assertTrue(served.isIsomorphicWith(downloaded), file + " is not the served graph");
        Model rdf4j = Rio.parse(new ByteArrayInputStream(content), "", Rio.getParserFormatForFileName(inner).orElseThrow());
        Model triples = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
        rdf4j.forEach(st -> triples.add(st.getSubject(), st.getPredicate(), st.getObject()));
        assertEquals(served.size(), triples.size(), "RDF4J reads " + file);
    }

    @Test
    void conditionalGetAndHead() {
        HttpResponse<byte[]> first = TestServer.getBytes("/download/cluster-policy.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, TestServer.getBytes("/download/cluster-policy.ttl", "If-None-Match", etag).statusCode());
        assertEquals(304, TestServer.getBytes("/download/cluster-policy.ttl", "If-Modified-Since", modified).statusCode());
        assertEquals(200, TestServer.getBytes("/download/cluster-policy.ttl", "If-None-Match", "\"something-else\"").statusCode());
        assertEquals(200, TestServer.getBytes("/download/cluster-policy.ttl", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
        HttpResponse<byte[]> head = send(HttpRequest.newBuilder(TestServer.uri("/download/cluster-policy.ttl")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(first.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
        assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void theChecksumIsTheSha256OfTheFile() throws Exception {
        JsonNode list = new ObjectMapper().readTree(TestServer.get("/download/", "Accept", "application/json").body());
        assertEquals(FILES.length, list.size());
        for (JsonNode f : list) {
            byte[] body = TestServer.getBytes("/download/" + f.get("file").asText()).body();
            assertEquals(f.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
            assertEquals(body.length, f.get("bytes").asLong());
            assertTrue(f.get("url").asText().startsWith(TestServer.shared().url() + "/download/"));
        }
    }

    @Test
    void theListingIsHtmlForBrowsers() {
        HttpResponse<String> r = TestServer.get("/download/", "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        HtmlValidity.assertValidHtml5(r.body());
        for (String f : FILES) {
            assertTrue(r.body().contains("href=\"/download/" + f + "\""), f);
        }
    }

    /** Dot-segments are resolved before routing, so a path that climbs out lands outside /download/ and finds nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"/download/../pom.xml", "/download/../data/source/README.md", "/download/./../README.md",
        "/download/nothing.ttl", "/download/cluster-policy.ttl.bak"})
    void pathsThatLeaveTheDownloadFolderAre404(String path) {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(java.net.URI.create(TestServer.shared().url() + path)).GET().build());
        assertEquals(404, r.statusCode(), path);
        assertTrue(!new String(r.body()).contains("<modelVersion>") && !new String(r.body()).contains("root:"), "a file leaked");
    }

    /**
     * Percent-encoded separators and dot-segments, and paths that climb above the root, are refused
     * by Jetty (400) before any route sees them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/download/..%2Fpom.xml", "/download/%2e%2e/%2e%2e/etc/passwd", "/download/.%2e/README.md",
        "/download/../../etc/passwd"})
    void encodedTraversalIsRefusedBeforeRouting(String path) {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(java.net.URI.create(TestServer.shared().url() + path)).GET().build());
        assertEquals(400, r.statusCode(), path);
        assertTrue(!new String(r.body()).contains("<modelVersion>"), "a file leaked");
    }

    private static HttpResponse<byte[]> send(HttpRequest req) {
        try {
            return TestServer.CLIENT.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void downloadsAreTheSameBytesAsAFreshlyWrittenDumpOfTheServedData() {
        byte[] ttl = TestServer.getBytes("/download/cluster-policy.ttl").body();
        assertArrayEquals(ttl, TestServer.getBytes("/download/cluster-policy.ttl").body(), "made once, served the same");
    }
}
