package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.clusterpolicy.server.http.Http;
import org.w3id.clusterpolicy.store.RemoteStoreException;

/**
 * Base of the service's routes: they answer GET, HEAD and OPTIONS only (anything else is 405 with
 * an Allow header), a remote store's failure a 502 (503 when it timed out, 422 when it cut a result
 * short) in our words, and an unexpected failure a 500 with a short message, logged in full.
 */
abstract class Route extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Route.class);
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "OPTIONS");

    protected final transient ServedData data;

    Route(ServedData data) {
        this.data = data;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!METHODS.contains(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD, OPTIONS");
            Http.sendJson(resp, 405, new Http.Problem(405, "method " + req.getMethod() + " is not allowed here: this service is read-only", null));
            return;
        }
        try {
            super.service(req, resp);
        } catch (RuntimeException | jakarta.servlet.ServletException e) {
            RemoteStoreException remote = RemoteStoreException.in(e).orElse(null);
            if (remote != null && !resp.isCommitted()) {
                LOG.warn("{} {}: {}", req.getMethod(), req.getRequestURI(), remote.getMessage());
                resp.reset();
                int status = RemoteFailures.status(remote);
                Http.sendJson(resp, status, new Http.Problem(status, remote.getMessage(), null));
                return;
            }
            LOG.error("{} {} failed", req.getMethod(), req.getRequestURI(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                Http.sendJson(resp, 500, new Http.Problem(500, "internal error", null));
            }
        }
    }

    /** A 404 as an HTML page for browsers, as JSON for everyone else. */
    static void notFound(HttpServletRequest req, HttpServletResponse resp, HtmlViews views, String message) throws IOException {
        if (Http.HTML.equals(Http.negotiate(req, java.util.List.of(Http.HTML, "application/json"), "application/json"))) {
            Http.sendHtml(resp, 404, views.error(req, 404, message));
        } else {
            Http.sendJson(resp, 404, new Http.Problem(404, message, null));
        }
    }

    /** The path below the servlet's mapping, without a leading slash ("" for none). */
    static String rest(HttpServletRequest req) {
        String p = req.getPathInfo();
        return p == null ? "" : p.startsWith("/") ? p.substring(1) : p;
    }
}
