package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.w3id.clusterpolicy.describe.ServiceUrls;
import org.w3id.clusterpolicy.server.http.Http;

/** A JSON document made per request with the addresses the client used (the OpenAPI description). */
final class JsonRoute extends Route {
    private static final long serialVersionUID = 1L;
    private final transient Function<ServiceUrls, Object> document;

    JsonRoute(ServedData data, Function<ServiceUrls, Object> document) {
        super(data);
        this.document = document;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Http.sendJson(resp, 200, document.apply(Http.urls(req)));
    }
}
