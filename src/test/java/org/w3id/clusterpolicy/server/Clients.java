package org.w3id.clusterpolicy.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * HTTP clients that come from different loopback addresses (127.0.0.2, 127.0.0.3, ...), so a test
 * can be several clients at once, and a bounded wait for a condition.
 */
final class Clients {
    private Clients() {}

    static HttpClient from(String address) {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).connectTimeout(Duration.ofSeconds(5)).build();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static HttpRequest sparql(KnowledgeGraphServer s, String query, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b.header("Accept", "application/sparql-results+json").GET().build();
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static CompletableFuture<HttpResponse<String>> sendAsync(HttpClient client, HttpRequest r) {
        return client.sendAsync(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until {@code condition} holds, checking every 20 ms for at most {@code seconds}. */
    static void await(String what, int seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + seconds + " s for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
