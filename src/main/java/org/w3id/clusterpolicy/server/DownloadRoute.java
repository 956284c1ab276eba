package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.w3id.clusterpolicy.store.DumpInfo;
import org.w3id.clusterpolicy.describe.ServiceUrls;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * {@code GET /download/}: the list of dumps, as HTML for browsers and JSON for scripts.
 * {@code GET|HEAD /download/{file}}: a dump, made once at start, with its media type, length,
 * ETag (its SHA-256), Last-Modified and Content-Disposition; If-None-Match and If-Modified-Since
 * give 304. Only the offered file names exist here: any other path, ".." included, is a 404.
 */
final class DownloadRoute extends Route {
    private static final long serialVersionUID = 1L;
    private final transient Function<HttpServletRequest, String> htmlListing;

    DownloadRoute(ServedData data, Function<HttpServletRequest, String> htmlListing) {
        super(data);
        this.htmlListing = htmlListing;
    }

    /** A dump as the JSON listing shows it. */
    record Listed(String file, String url, String mediaType, String fileType, boolean gzipped, long bytes, String sha256, String lastModified) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = rest(req);
        if (name.isEmpty() || name.equals("index.json")) {
            listing(req, resp, name.equals("index.json"));
            return;
        }
        DumpInfo info = data.downloads().find(name).orElse(null);
        if (info == null) {
            Http.sendJson(resp, 404, new Http.Problem(404, "no download named '" + name + "' (see " + Http.urls(req).downloads() + ")", null));
            return;
        }
        String etag = "\"" + info.sha256().substring(0, 32) + "\"";
        Instant modified = info.lastModified().truncatedTo(ChronoUnit.SECONDS);
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", modified.toEpochMilli());
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (notModified(req, etag, modified)) {
            resp.setStatus(304);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(info.mediaType().startsWith("text/") ? info.mediaType() + "; charset=utf-8" : info.mediaType());
        resp.setContentLengthLong(info.byteSize());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + info.fileName() + "\"");
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (InputStream in = Files.newInputStream(data.downloads().path(info))) {
            in.transferTo(resp.getOutputStream());
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp); // answers HEAD itself: the default would read the whole file to count its bytes
    }

    private static boolean notModified(HttpServletRequest req, String etag, Instant modified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            return Http.matches(inm, etag); // If-None-Match takes precedence over If-Modified-Since (RFC 9110)
        }
        long ims;
        try {
            ims = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return ims >= 0 && !modified.isAfter(Instant.ofEpochMilli(ims));
    }

    private void listing(HttpServletRequest req, HttpServletResponse resp, boolean json) throws IOException {
        resp.setHeader("Vary", "Accept");
        String type = json ? "application/json" : Http.negotiate(req, List.of(Http.HTML, "application/json"), Http.HTML);
        if ("application/json".equals(type)) {
            ServiceUrls urls = Http.urls(req);
            Http.sendJson(resp, 200, data.downloads().files().stream().map(f -> new Listed(f.fileName(), urls.download(f.fileName()),
                    f.mediaType(), f.fileType(), f.gzipped(), f.byteSize(), f.sha256(), f.lastModified().toString())).toList());
        } else {
            Http.sendHtml(resp, 200, htmlListing.apply(req));
        }
    }
}
