package org.w3id.clusterpolicy.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP server on a loopback port that stands for whatever an attacker would like our
 * server to fetch: it records every request it gets, and each of its paths answers with a body
 * that holds a secret no response of ours may ever contain.
 * <ul>
 * <li>{@code /secret} — the secret as a plain file;</li>
 * <li>{@code /sparql-allowed} — a well-formed SPARQL JSON result with one row, {@code ?x = "federated-ok"};</li>
 * <li>{@code /leaky} — claims to be an endpoint but answers the secret as {@code application/octet-stream};</li>
 * <li>{@code /redirecting} — a 302 to {@code /secret}, with the secret in a header and the body.</li>
 * </ul>
 */
public final class LoopbackListener implements AutoCloseable {
    public final String secret = "SECRET-" + UUID.randomUUID();
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public LoopbackListener() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        exchange.getRequestBody().readAllBytes();
        switch (path) {
            case "/sparql-allowed" -> send(exchange, 200, "application/sparql-results+json",
                    "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"federated-ok\"}}]}}");
            case "/redirecting" -> {
                exchange.getResponseHeaders().add("Location", url("/secret"));
                exchange.getResponseHeaders().add("X-Secret", secret);
                send(exchange, 302, "text/plain", secret);
            }
            default -> send(exchange, 200, "application/octet-stream", "the body of a private file: " + secret);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The absolute URL of a path on this listener. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Every request received so far, as "METHOD /path". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void forget() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
