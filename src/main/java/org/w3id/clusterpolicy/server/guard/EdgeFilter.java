package org.w3id.clusterpolicy.server.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * The first thing every request meets. The service is read-only, so it says so in one place:
 * <ul>
 * <li>methods: GET, HEAD and OPTIONS everywhere, POST on the query endpoint only; anything else
 * (TRACE, PUT, DELETE, PATCH, ...) is a 405 whose {@code Allow} names what the path takes, and
 * {@code OPTIONS} advertises the same, nothing more;</li>
 * <li>CORS for a public read-only endpoint: {@code Access-Control-Allow-Origin: *}, never
 * credentials, no Origin echoed; preflights are answered here;</li>
 * <li>a proxy's {@code X-Forwarded-*} headers count only when the operator trusts a proxy.</li>
 * </ul>
 */
public final class EdgeFilter implements Filter {
    private static final String READ = "GET, HEAD, OPTIONS";
    private static final String QUERY = "GET, HEAD, POST, OPTIONS";
    private static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since, X-Requested-With";
    private static final String EXPOSED_HEADERS = "ETag, Link, Location, Retry-After, Content-Disposition, Content-Length, Vary";

    private final Set<String> postPaths;
    private final boolean trustProxy;

    /** @param postPaths the paths that take POST (the SPARQL endpoint) */
    public EdgeFilter(Set<String> postPaths, boolean trustProxy) {
        this.postPaths = Set.copyOf(postPaths);
        this.trustProxy = trustProxy;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (trustProxy) {
            req.setAttribute(Http.TRUSTED_PROXY, Boolean.TRUE);
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String allow = postPaths.contains(path) ? QUERY : READ;
        String method = req.getMethod();
        boolean origin = req.getHeader("Origin") != null;
        if (origin) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if ("OPTIONS".equals(method)) {
            resp.setHeader("Allow", allow);
            if (origin && req.getHeader("Access-Control-Request-Method") != null) {
                resp.setHeader("Access-Control-Allow-Methods", allow);
                resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                resp.setHeader("Access-Control-Max-Age", "86400");
            }
            resp.setStatus(204);
            return;
        }
        if (!java.util.List.of(allow.split(", ")).contains(method)) {
            resp.setHeader("Allow", allow);
            Http.sendJson(resp, 405, new Http.Problem(405, "method " + safe(method) + " is not allowed here (" + allow
                    + "): this service is read-only", null));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A method name as the client sent it, kept to letters so no header or markup can ride on it. */
    private static String safe(String method) {
        return method.length() <= 16 && method.chars().allMatch(Character::isLetter) ? method : "(unknown)";
    }
}
