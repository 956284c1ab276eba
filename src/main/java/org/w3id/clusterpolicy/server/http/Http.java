package org.w3id.clusterpolicy.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.w3id.clusterpolicy.describe.ServiceUrls;

/** What every route needs: content negotiation, the public base URL, writing bodies. */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    public static final String HTML = "text/html";

    private Http() {}

    /**
     * The offered media type the Accept header prefers: for each offer the most specific range
     * that accepts it gives its q; the highest q wins, ties go to the earlier offer. A missing or
     * unreadable header, or one of wildcards only, gives {@code fallback}; null when nothing offered
     * is acceptable.
     */
    public static String negotiate(HttpServletRequest req, List<String> offers, String fallback) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return fallback;
        }
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept).entries();
        } catch (RuntimeException e) {
            return fallback;
        }
        if (ranges.stream().allMatch(r -> "*".equals(r.getType()))) {
            return ranges.stream().anyMatch(r -> r.get_q() > 0) ? fallback : null;
        }
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            MediaType type = MediaType.create(offer);
            MediaRange match = null;
            for (MediaRange r : ranges) {
                if (r.accepts(type) && (match == null || specificity(r) > specificity(match))) {
                    match = r;
                }
            }
            if (match != null && match.get_q() > bestQ) {
                best = offer;
                bestQ = match.get_q();
            }
        }
        return best;
    }

    private static int specificity(MediaRange r) {
        return "*".equals(r.getType()) ? 0 : "*".equals(r.getSubType()) ? 1 : 2;
    }

    /** The request attribute that says the request came through a proxy the operator trusts (set by the edge filter). */
    public static final String TRUSTED_PROXY = "cluster-policy-kg.trusted-proxy";

    /**
     * The scheme, host and port the client used, plus the context path. X-Forwarded-Host and
     * X-Forwarded-Proto count only when the request came through a trusted proxy: anyone else could
     * make the service hand out links to a host of their choice.
     */
    public static ServiceUrls urls(HttpServletRequest req) {
        boolean proxied = Boolean.TRUE.equals(req.getAttribute(TRUSTED_PROXY));
        String proto = proxied ? header(req, "X-Forwarded-Proto", req.getScheme()) : req.getScheme();
        String host = proxied ? req.getHeader("X-Forwarded-Host") : null;
        if (host == null || host.isBlank()) {
            host = req.getHeader("Host");
        }
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            host = req.getServerName() + ":" + req.getServerPort();
        }
        return new ServiceUrls(proto + "://" + host.split(",")[0].strip() + req.getContextPath());
    }

    private static String header(HttpServletRequest req, String name, String fallback) {
        String v = req.getHeader(name);
        return v == null || v.isBlank() || !v.matches("https?") ? fallback : v;
    }

    public static void send(HttpServletResponse resp, int status, String mediaType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(mediaType.startsWith("text/") || mediaType.contains("json") || mediaType.contains("xml")
                ? mediaType + "; charset=utf-8" : mediaType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    public static void sendJson(HttpServletResponse resp, int status, Object value) throws IOException {
        send(resp, status, "application/json", JSON.writeValueAsBytes(value));
    }

    public static void sendGraph(HttpServletResponse resp, Graph graph, RdfFormat format, Map<String, String> prefixes) throws IOException {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.format()).output(out);
        send(resp, 200, format.mediaType(), out.toByteArray());
    }

    /**
     * An HTML page. Its language, which the page states once in {@code <html lang="…">}, goes into
     * Content-Language, and the response varies with Accept-Language (the page language follows it).
     */
    public static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        java.util.regex.Matcher lang = PAGE_LANGUAGE.matcher(html);
        if (lang.lookingAt()) {
            resp.setHeader("Content-Language", lang.group(1));
        }
        vary(resp, "Accept-Language");
        send(resp, status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an If-None-Match header names {@code etag} (or is "*"); weak and strong forms compare alike. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip().replaceFirst("^W/", "");
            if (t.equals(etag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PAGE_LANGUAGE = java.util.regex.Pattern.compile("\\s*<!DOCTYPE html>\\s*<html lang=\"([A-Za-z-]+)\"");

    /** Adds a request header to Vary, keeping those already named there. */
    public static void vary(HttpServletResponse resp, String header) {
        String current = resp.getHeader("Vary");
        if (current == null || current.isBlank()) {
            resp.setHeader("Vary", header);
        } else if (java.util.Arrays.stream(current.split(",")).map(String::strip).noneMatch(header::equalsIgnoreCase)) {
            resp.setHeader("Vary", current + ", " + header);
        }
    }

    /** A problem as JSON: {"status": 400, "error": "...", "parameter": "..."} (parameter only when one is at fault). */
    public record Problem(int status, String error, String parameter) {}
}
