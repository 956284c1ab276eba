package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * {@code GET /static/…}: the browser side built into the jar (the YASGUI editor, our page script,
 * the licence texts of what ships). Only files of that folder, by name; a name with a dot segment,
 * a backslash or an unknown suffix finds nothing.
 */
final class StaticRoute extends Route {
    private static final long serialVersionUID = 1L;
    static final String FOLDER = "/org/w3id/clusterpolicy/server/static/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript", "css", "text/css", "json", "application/json", "txt", "text/plain");

    private final transient HtmlViews views;

    StaticRoute(ServedData data, HtmlViews views) {
        super(data);
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = rest(req);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        boolean plain = name.matches("[A-Za-z0-9@_.-]+(/[A-Za-z0-9@_.-]+)*") && !name.contains("..");
        try (InputStream in = plain && type != null ? StaticRoute.class.getResourceAsStream(FOLDER + name) : null) {
            if (in == null) {
                notFound(req, resp, views, "There is no file " + name + " here.");
                return;
            }
            // the files change only with a new build of the jar
            resp.setHeader("Cache-Control", "public, max-age=3600");
            Http.send(resp, 200, type, in.readAllBytes());
        }
    }
}
