package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiFunction;
import org.w3id.clusterpolicy.describe.ServiceUrls;
import org.w3id.clusterpolicy.server.html.PageLanguage;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * A JSON document made per request with the addresses the client used, in the language it asked
 * for ({@code ?lang=} or Accept-Language, English by default): the OpenAPI description.
 */
final class JsonRoute extends Route {
    private static final long serialVersionUID = 1L;
    private final transient BiFunction<ServiceUrls, String, Object> document;

    JsonRoute(ServedData data, BiFunction<ServiceUrls, String, Object> document) {
        super(data);
        this.document = document;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = PageLanguage.choose(req.getParameter("lang"), req.getHeader("Accept-Language"));
        resp.setHeader("Content-Language", lang);
        Http.vary(resp, "Accept-Language");
        Http.sendJson(resp, 200, document.apply(Http.urls(req), lang));
    }
}
