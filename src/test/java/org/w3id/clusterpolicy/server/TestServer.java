package org.w3id.clusterpolicy.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.w3id.clusterpolicy.query.FederationPolicy;
import org.w3id.clusterpolicy.rdf.Vocab;

/** A real server on a free port over the committed TriG dump, and a real HTTP client to talk to it. */
final class TestServer {
    static final Path DATA = Path.of("data", "cluster-policy.trig");
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static KnowledgeGraphServer shared;

    private TestServer() {}

    /** One server for the whole test run (started once; the JVM's end stops it). */
    static synchronized KnowledgeGraphServer shared() {
        if (shared == null) {
            shared = start(null, Duration.ofSeconds(5)); // a shared machine can be slow; the endless query takes this long
        }
        return shared;
    }

    static KnowledgeGraphServer start(Path tdb2, Duration timeout) {
        return start(tdb2, timeout, FederationPolicy.none());
    }

    static KnowledgeGraphServer start(Path tdb2, Duration timeout, FederationPolicy federation) {
        return KnowledgeGraphServer.start(new ServeOptions(0, DATA, tdb2, Vocab.DEFAULT_BASE, timeout, null, federation), "test");
    }

    /** A server of its own with these limits (the caller closes it). */
    static KnowledgeGraphServer start(Duration timeout, org.w3id.clusterpolicy.server.guard.PublicLimits limits) {
        return KnowledgeGraphServer.start(new ServeOptions(0, DATA, null, Vocab.DEFAULT_BASE, timeout, null, FederationPolicy.none())
                .withLimits(limits), "test");
    }

    static HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).headers(headers.length == 0 ? new String[] {"X-Test", "1"} : headers).GET().build());
    }

    static HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri(path)).headers(headers.length == 0 ? new String[] {"X-Test", "1"} : headers).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static URI uri(String path) {
        return URI.create(shared().url() + path);
    }

    static String form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return sb.toString();
    }
}
