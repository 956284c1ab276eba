package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.clusterpolicy.cli.Cli;

/** The canned-query API over HTTP: the same rows as the command line, typed parameters, errors, OpenAPI. */
class QueryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String id, String query, Map<String, String> params) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Case> cases() throws Exception {
        try (InputStream in = QueryApiTest.class.getResourceAsStream("/query-cases/cases.yaml")) {
            List<Case> list = new ObjectMapper(new YAMLFactory()).readValue(in, new com.fasterxml.jackson.core.type.TypeReference<List<Case>>() {});
            return list.stream().map(c -> new Case(c.id(), c.query(), c.params() == null ? Map.of() : c.params()));
        }
    }

    static String queryString(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.isEmpty() ? "?" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCannedQueryGivesOverHttpTheRowsItGivesOffline(Case c) {
        HttpResponse<String> http = TestServer.get("/api/queries/" + c.query() + ".csv" + queryString(c.params()));
        assertEquals(200, http.statusCode(), http.body());
        assertTrue(http.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] args = Stream.concat(Stream.of("query", c.query(), "--format", "csv", "--data", "data/cluster-policy.trig"),
                c.params().entrySet().stream().flatMap(e -> Stream.of("--param", e.getKey() + "=" + e.getValue()))).toArray(String[]::new);
        Cli offline = Cli.run(args);
        assertEquals(0, offline.code(), offline.err());
        assertEquals(offline.out(), http.body());
    }

    @Test
    void theCatalogueListsEveryQueryWithItsParametersAndUrl() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/queries");
        assertEquals(200, r.statusCode());
        JsonNode list = JSON.readTree(r.body());
        assertEquals(14, list.size());
        JsonNode timeline = null;
        for (JsonNode q : list) {
            assertTrue(q.get("url").asText().startsWith(TestServer.shared().url() + "/api/queries/"));
            if (q.get("name").asText().equals("timeline")) {
                timeline = q;
            }
        }
        assertEquals("year", timeline.get("columns").get(0).asText());
        assertEquals("from", timeline.get("parameters").get(1).get("name").asText());
        assertEquals("year", timeline.get("parameters").get(1).get("type").asText());
        assertEquals(false, timeline.get("parameters").get(1).get("required").asBoolean());
    }

    @Test
    void theFormatComesFromTheSuffixElseAcceptElseJson() throws Exception {
        assertTrue(TestServer.get("/api/queries/eu-platforms").headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(TestServer.get("/api/queries/eu-platforms", "Accept", "text/tab-separated-values").headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        assertTrue(TestServer.get("/api/queries/eu-platforms.xml").headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
        JsonNode json = JSON.readTree(TestServer.get("/api/queries/eu-platforms.json").body());
        assertEquals(5, json.get("results").get("bindings").size());
    }

    @Test
    void badParametersAre400AndNameTheParameter() throws Exception {
        for (String[] c : new String[][] {
            {"/api/queries/country-profile", "country"},
            {"/api/queries/country-profile?country=Narnia", "country"},
            {"/api/queries/timeline?from=last+year", "from"},
            {"/api/queries/policy-status?status=excellent", "status"},
            {"/api/queries/countries?colour=red", "colour"},
            {"/api/queries/evidence?resource=not%20an%20iri", "resource"}}) {
            HttpResponse<String> r = TestServer.get(c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            JsonNode problem = JSON.readTree(r.body());
            assertEquals(c[1], problem.get("parameter").asText(), c[0]);
            assertTrue(problem.get("error").asText().startsWith(c[1] + ": "), r.body());
        }
        assertEquals(404, TestServer.get("/api/queries/no-such-query").statusCode());
        assertEquals(404, TestServer.get("/api/queries/countries/extra").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PL\" } DELETE WHERE { ?s ?p ?o } #",
        "POL> } ; DROP ALL ; SELECT * WHERE { <x",
        "http://publications.europa.eu/resource/authority/country/POL> . ?s ?p ?o } #"})
    void anInjectionAttemptThroughAParameterChangesNothing(String attack) {
        long before = SparqlEndpointTest.count(SparqlEndpointTest.COUNT);
        HttpResponse<String> r = TestServer.get("/api/queries/programmes?country=" + URLEncoder.encode(attack, StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode(), r.body());
        HttpResponse<String> e = TestServer.get("/api/queries/evidence?resource=" + URLEncoder.encode("https://example.org/x" + attack, StandardCharsets.UTF_8));
        assertTrue(e.statusCode() == 400 || (e.statusCode() == 200 && !e.body().contains("\"sentence\" : {")), e.body());
        assertEquals(before, SparqlEndpointTest.count(SparqlEndpointTest.COUNT));
    }

    @Test
    void theOpenApiDescriptionLoadsInAnOpenApiParser() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body());
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), String.valueOf(parsed.getMessages()));
        assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());
        for (JsonNode q : JSON.readTree(TestServer.get("/api/queries").body())) {
            assertTrue(parsed.getOpenAPI().getPaths().containsKey("/api/queries/" + q.get("name").asText()), q.get("name").asText());
        }
        var timeline = parsed.getOpenAPI().getPaths().get("/api/queries/timeline").getGet();
        assertEquals("integer", timeline.getParameters().stream().filter(p -> p.getName().equals("from")).findFirst().orElseThrow()
                .getSchema().getTypes().iterator().next());
    }
}
