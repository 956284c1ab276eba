package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TDB2: the first start loads the dump, the next reopens the database without reloading, and answers alike. */
class Tdb2Test {

    static String get(KnowledgeGraphServer s, String path) throws Exception {
        HttpResponse<String> r = TestServer.CLIENT.send(HttpRequest.newBuilder(URI.create(s.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void startStopStartGivesTheSameAnswersWithoutReloading(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        String countries;
        String sparql;
        try (KnowledgeGraphServer first = TestServer.start(db, Duration.ofSeconds(10))) {
            assertEquals("tdb2-loaded", first.data().store().kind());
            assertEquals("tdb2-loaded", new ObjectMapper().readTree(get(first, "/health")).get("store").asText());
            countries = get(first, "/api/queries/countries.csv");
            sparql = get(first, "/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D");
            assertTrue(get(first, "/id/profile/malta.ttl").contains("profile:malta"));
        }
        // A reopened database must not need the dump: hide it.
        KnowledgeGraphServer second = KnowledgeGraphServer.start(new ServeOptions(0, dir.resolve("no-such-dump.trig"), db,
                org.w3id.clusterpolicy.rdf.Vocab.DEFAULT_BASE, Duration.ofSeconds(10), null, null), "test");
        try (second) {
            assertEquals("tdb2-reopened", second.data().store().kind());
            assertEquals("tdb2-reopened", new ObjectMapper().readTree(get(second, "/health")).get("store").asText());
            assertEquals(countries, get(second, "/api/queries/countries.csv"));
            assertEquals(sparql, get(second, "/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D"));
            assertTrue(Files.isDirectory(db));
        }
    }
}
