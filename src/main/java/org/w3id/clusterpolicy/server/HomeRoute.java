package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * {@code GET /}: the home page (mapped to the context root only; paths no route takes, admin
 * paths such as {@code /$/ping} included, get Fuseki's 404).
 */
final class HomeRoute extends Route {
    private static final long serialVersionUID = 1L;
    private final transient HtmlViews views;

    HomeRoute(ServedData data, HtmlViews views) {
        super(data);
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Http.sendHtml(resp, 200, data.read(() -> views.home(req)));
    }
}
