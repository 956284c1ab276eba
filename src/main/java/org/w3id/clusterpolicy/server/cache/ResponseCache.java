package org.w3id.clusterpolicy.server.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.w3id.clusterpolicy.server.http.BufferedResponse;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * Answers kept for reuse: the graph never changes while it is served, so a response depends only
 * on the request. A request is keyed by its route, parameters, the headers that choose format and
 * language, and the host it names (descriptions hold absolute URLs); a successful answer is kept in
 * a bounded Caffeine cache, and every answer carries a strong {@code ETag} made of the graph's
 * checksum and the key, so {@code If-None-Match} gets a 304 without computing anything.
 */
public final class ResponseCache {
    /** One answer as it was sent: status, headers (content type included) and body. */
    record Stored(int status, String contentType, Map<String, List<String>> headers, byte[] body) {}

    private static final List<String> CHOOSING_HEADERS = List.of("Accept", "Accept-Language", "Host");
    private static final List<String> PROXY_HEADERS = List.of("X-Forwarded-Host", "X-Forwarded-Proto");

    private final Cache<String, Stored> answers;
    private final Supplier<String> graphChecksum;
    private final boolean trustProxy;
    private final long maxEntryBytes;
    private final String cacheControl;

    /**
     * @param graphChecksum the checksum of the served graph (asked for on first use)
     * @param maxBytes      the most the kept bodies may weigh together
     * @param maxAgeSeconds how long clients and proxies may reuse an answer without asking
     */
    public ResponseCache(Supplier<String> graphChecksum, long maxBytes, int maxAgeSeconds, boolean trustProxy) {
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String k, Stored v) -> k.length() * 2 + v.body().length + 256).build();
        this.graphChecksum = graphChecksum;
        this.trustProxy = trustProxy;
        this.maxEntryBytes = Math.max(1, maxBytes / 16);
        this.cacheControl = "public, max-age=" + maxAgeSeconds;
    }

    /** The key of a request; {@code query} is the text of a SPARQL query sent in a body, else null. */
    public String key(HttpServletRequest req, String query) {
        StringBuilder sb = new StringBuilder(req.getRequestURI());
        List<String> params = new ArrayList<>();
        req.getParameterMap().forEach((name, values) -> {
            for (String v : values) {
                params.add(name + "=" + v);
            }
        });
        Collections.sort(params);
        params.forEach(p -> sb.append('\n').append(p));
        if (query != null) {
            sb.append("\nbody=").append(query.strip());
        }
        for (String h : CHOOSING_HEADERS) {
            sb.append('\n').append(h).append(": ").append(String.valueOf(req.getHeader(h)));
        }
        if (trustProxy) {
            for (String h : PROXY_HEADERS) {
                sb.append('\n').append(h).append(": ").append(String.valueOf(req.getHeader(h)));
            }
        }
        return sb.toString();
    }

    /** The strong validator of the answer to a key: the same graph and request give the same one. */
    public String etag(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((graphChecksum.get() + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(h, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Answers a GET or HEAD from what is known: 304 when the client holds the current answer, the
     * kept answer when there is one. Returns false when the answer must be made.
     */
    public boolean answer(HttpServletRequest req, HttpServletResponse resp, String key) throws IOException {
        boolean get = isRead(req);
        String etag = etag(key);
        if (get && Http.matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(304);
            resp.setHeader("ETag", etag);
            resp.setHeader("Cache-Control", cacheControl);
            Stored s = answers.getIfPresent(key);
            if (s != null && s.headers().containsKey("Vary")) {
                resp.setHeader("Vary", String.join(", ", s.headers().get("Vary")));
            }
            return true;
        }
        Stored s = answers.getIfPresent(key);
        if (s == null) {
            return false;
        }
        send(req, resp, s, etag);
        return true;
    }

    /** Sends a freshly made answer, keeping it when it is a success and not too large. */
    public void keepAndSend(HttpServletRequest req, HttpServletResponse resp, String key, BufferedResponse made) throws IOException {
        Stored s = new Stored(made.status(), made.getContentType(), made.headers(), made.body());
        // A HEAD's answer has no body: it must not stand in for the GET's.
        if (s.status() == 200 && s.body().length <= maxEntryBytes && !"HEAD".equals(req.getMethod())) {
            answers.put(key, s);
        }
        send(req, resp, s, s.status() == 200 ? etag(key) : null);
    }

    private void send(HttpServletRequest req, HttpServletResponse resp, Stored s, String etag) throws IOException {
        resp.setStatus(s.status());
        s.headers().forEach((name, values) -> values.forEach(v -> resp.addHeader(name, v)));
        if (s.contentType() != null) {
            resp.setContentType(s.contentType());
        }
        if (etag != null && isRead(req)) {
            resp.setHeader("ETag", etag);
            resp.setHeader("Cache-Control", cacheControl);
        }
        resp.setContentLength(s.body().length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(s.body());
        }
    }

    private static boolean isRead(HttpServletRequest req) {
        return "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
    }

    /** How many answers are kept (for tests and the log). */
    public long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }
}
