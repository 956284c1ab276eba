package org.w3id.clusterpolicy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One request to each kind of work the server does, as a browser and a script would send them:
 * the training run of {@code serve --warm-up-and-stop}, which the build runs once to record the
 * JVM's ahead-of-time cache (the classes that answering needs, loaded and linked), so that later
 * starts answer sooner. Each request must get a 200: a route that fails here would fail for users.
 */
final class WarmUp {
    /** Path and Accept header of each request. */
    private static final List<String[]> REQUESTS = List.of(
            new String[] {"/", "text/html"},
            new String[] {"/?lang=de", "text/html"},
            new String[] {"/sparql?query=" + encode("ASK {}"), "application/sparql-results+json"},
            new String[] {"/sparql?query=" + encode("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5"), "text/csv"},
            new String[] {"/sparql", "text/turtle"},
            new String[] {"/query", "text/html"},
            new String[] {"/api/queries", "application/json"},
            new String[] {"/api/queries/policy-status.json", "application/json"},
            new String[] {"/api/queries/programmes", "text/html"},
            new String[] {"/api/openapi.json", "application/json"},
            new String[] {"/map", "text/html"},
            new String[] {"/id/", "text/html"},
            new String[] {"/id/profile/germany", "text/html"},
            new String[] {"/id/profile/germany", "text/turtle"},
            new String[] {"/search?q=cluster", "text/html"},
            new String[] {"/report", "text/html"},
            new String[] {"/download/", "application/json"},
            new String[] {"/ontology", "text/html"},
            new String[] {"/catalog", "text/turtle"},
            new String[] {"/.well-known/void", "text/turtle"},
            new String[] {"/health", "application/json"});

    private WarmUp() {}

    /** Sends every request to the server at {@code baseUrl}; returns the requests that did not get a 200, each as one line. */
    static List<String> run(String baseUrl, PrintWriter out) {
        List<String> failures = new ArrayList<>();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (String[] request : REQUESTS) {
                String outcome = send(client, baseUrl + request[0], request[1]);
                if (outcome != null) {
                    failures.add(request[0] + " (" + request[1] + "): " + outcome);
                }
            }
        }
        out.printf("Warm-up: %d requests, %d failed.%n", REQUESTS.size(), failures.size());
        failures.forEach(f -> out.println("  " + f));
        return failures;
    }

    /** Null for a 200, else what went wrong. */
    private static String send(HttpClient client, String url, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? null : "status " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
