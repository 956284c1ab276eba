package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.clusterpolicy.server.http.Http;

/** {@code GET /health}: 200 and a tiny JSON status. */
final class HealthRoute extends Route {
    private static final long serialVersionUID = 1L;
    private final String version;

    HealthRoute(ServedData data, String version) {
        super(data);
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", "ok");
        status.put("version", version);
        status.put("store", data.store().kind());
        status.put("triples", data.store().size());
        resp.setHeader("Cache-Control", "no-store");
        Http.sendJson(resp, 200, status);
    }
}
