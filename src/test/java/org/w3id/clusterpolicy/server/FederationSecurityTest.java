package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.query.FederationPolicy;

/**
 * The endpoint never makes the server fetch a URL a client names (server-side request forgery):
 * SERVICE is refused with 400 unless an operator allowed that exact endpoint, FROM and FROM NAMED
 * only select graphs of our dataset, classes named by {@code java:} IRIs are never loaded, and no
 * response carries what another server said. A listener on a loopback port stands for the target
 * and holds a secret; after each request it must have received nothing and no response may
 * contain the secret.
 */
class FederationSecurityTest {
    private static LoopbackListener listener;
    private static KnowledgeGraphServer federating;

    /** How a query reaches the endpoint. */
    enum Transport { GET, FORM_POST, QUERY_POST }

    @BeforeAll
    static void start() throws Exception {
        listener = new LoopbackListener();
        federating = TestServer.start(null, Duration.ofSeconds(5), new FederationPolicy(Set.of(
                listener.url("/sparql-allowed"), listener.url("/leaky"), listener.url("/redirecting"))));
    }

    @AfterAll
    static void stop() {
        federating.close();
        listener.close();
    }

    @BeforeEach
    void forget() {
        listener.forget();
    }

    static HttpResponse<String> ask(String serverUrl, Transport transport, String query) {
        HttpRequest.Builder b = switch (transport) {
            case GET -> HttpRequest.newBuilder(java.net.URI.create(serverUrl + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET();
            case FORM_POST -> HttpRequest.newBuilder(java.net.URI.create(serverUrl + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(TestServer.form(Map.of("query", query))));
            case QUERY_POST -> HttpRequest.newBuilder(java.net.URI.create(serverUrl + "/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query));
        };
        return TestServer.send(b.header("Accept", "application/sparql-results+json").build());
    }

    /** Queries that would make the server contact the listener if SERVICE were open; {0} is the target. */
    static final List<String> SERVICE_QUERIES = List.of(
            "SELECT * WHERE { SERVICE <{0}> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE SILENT <{0}> { ?s ?p ?o } }",
            "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{0}> { ?s ?p ?o } } } }",
            "SELECT * WHERE { GRAPH ?g { SERVICE <{0}> { ?s ?p ?o } } }",
            "SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE SILENT <{0}> { ?s ?p ?o } } } LIMIT 1",
            "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <{0}> { ?s ?q ?r } } } LIMIT 1",
            "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE <{0}> { ?s ?q ?r } } } LIMIT 1",
            "SELECT * WHERE { BIND(<{0}> AS ?target) SERVICE ?target { ?s ?p ?o } }",
            "SELECT * WHERE { VALUES ?target { <{0}> } SERVICE SILENT ?target { ?s ?p ?o } }",
            "ASK { SERVICE <{0}> { ?s ?p ?o } }",
            "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{0}> { ?s ?p ?o } }",
            "DESCRIBE ?s WHERE { SERVICE <{0}> { ?s ?p ?o } }");

    /** Queries that name the target as a graph: any status, as long as nothing is fetched. */
    static final List<String> GRAPH_QUERIES = List.of(
            "SELECT * FROM <{0}> WHERE { ?s ?p ?o } LIMIT 1",
            "SELECT * FROM NAMED <{0}> WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
            "SELECT * FROM <{0}> FROM NAMED <{0}> WHERE { GRAPH <{0}> { ?s ?p ?o } } LIMIT 1",
            "SELECT * FROM <{0}> WHERE { { ?s ?p ?o } UNION { GRAPH <{0}> { ?s ?p ?o } } } LIMIT 1",
            "SELECT * WHERE { { SELECT * FROM <{0}> WHERE { ?s ?p ?o } } }",
            "CONSTRUCT { ?s ?p ?o } FROM <{0}> WHERE { ?s ?p ?o }",
            "DESCRIBE <{0}>",
            "SELECT * WHERE { GRAPH <{0}> { ?s ?p ?o } }",
            "LOAD <{0}>",
            "LOAD <{0}> INTO GRAPH <urn:x>");

    static Stream<Arguments> cases(List<String> queries) {
        List<Arguments> all = new ArrayList<>();
        for (String q : queries) {
            for (String target : List.of("/secret", "/sparql-allowed")) {
                for (Transport t : Transport.values()) {
                    all.add(Arguments.of(q, target, t));
                }
            }
        }
        return all.stream();
    }

    static Stream<Arguments> serviceCases() {
        return cases(SERVICE_QUERIES);
    }

    static Stream<Arguments> graphCases() {
        return cases(GRAPH_QUERIES);
    }

    private void assertNothingFetched(HttpResponse<String> r) {
        assertEquals(List.of(), listener.requests(), "the server contacted the listener");
        assertFalse(r.body().contains(listener.secret), "the response holds the secret: " + r.body());
        assertFalse(r.headers().map().toString().contains(listener.secret), "a header holds the secret");
    }

    @ParameterizedTest(name = "{2} {1}: {0}")
    @MethodSource("serviceCases")
    void serviceIsRefusedWith400AndNothingIsFetched(String template, String target, Transport transport) {
        HttpResponse<String> r = ask(TestServer.shared().url(), transport, template.replace("{0}", listener.url(target)));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("federated queries (SERVICE) are disabled on this endpoint"), r.body());
        assertEquals(1, r.body().strip().lines().count(), "one line: " + r.body());
        assertNothingFetched(r);
    }

    @ParameterizedTest(name = "{2} {1}: {0}")
    @MethodSource("graphCases")
    void fromFromNamedAndLoadNeverDereference(String template, String target, Transport transport) {
        HttpResponse<String> r = ask(TestServer.shared().url(), transport, template.replace("{0}", listener.url(target)));
        assertNothingFetched(r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocolDatasets")
    void protocolGraphParametersNeverDereference(String parameter) {
        String q = URLEncoder.encode("SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } LIMIT 1", StandardCharsets.UTF_8);
        HttpResponse<String> r = TestServer.get("/sparql?query=" + q + "&" + parameter + "=" + URLEncoder.encode(listener.url("/secret"), StandardCharsets.UTF_8));
        assertNothingFetched(r);
    }

    static Stream<String> protocolDatasets() {
        return Stream.of("default-graph-uri", "named-graph-uri");
    }

    @Test
    void updatesAndLoadThroughTheUpdateContentTypesAreRefused() {
        String load = "LOAD <" + listener.url("/secret") + ">";
        HttpResponse<String> body = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(load)).build());
        HttpResponse<String> form = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.form(Map.of("update", load)))).build());
        for (HttpResponse<String> r : List.of(body, form)) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertNothingFetched(r);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cannedParameters")
    void cannedQueryParametersNeverReachOut(String value) {
        HttpResponse<String> r = TestServer.get("/api/queries/evidence?resource=" + URLEncoder.encode(value.replace("{0}", listener.url("/secret")), StandardCharsets.UTF_8));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
        assertNothingFetched(r);
    }

    static Stream<String> cannedParameters() {
        return Stream.of("{0}", "<{0}>", "{0}> } SERVICE <{0}> { ?s ?p ?o", "x> } SERVICE <{0}> { ?s ?p ?o } #");
    }

    @Test
    void classesNamedByJavaIrisAreNeverLoaded() {
        String function = "SELECT ?x WHERE { BIND(<java:" + ClassLoadProbe.Function.class.getName() + ">(\"a\") AS ?x) }";
        String property = "SELECT ?x WHERE { ?x <java:" + ClassLoadProbe.PropertyFunction.class.getName() + "> \"a\" }";
        for (Transport t : Transport.values()) {
            for (String q : List.of(function, property)) {
                HttpResponse<String> r = ask(TestServer.shared().url(), t, q);
                assertFalse(r.body().contains("loaded"), r.body());
            }
        }
        assertEquals(Set.of(), ClassLoadProbe.LOADED, "the endpoint loaded a class a query named");
        // The probes do work: Jena's own, unrestricted registries load both.
        try (QueryExec e = QueryExec.dataset(DatasetGraphFactory.create()).query(function).build()) {
            e.select().materialize();
        }
        try (QueryExec e = QueryExec.dataset(DatasetGraphFactory.create()).query(property).build()) {
            e.select().materialize();
        }
        assertEquals(Set.of("function", "property function"), ClassLoadProbe.LOADED);
    }

    @Test
    void scriptFunctionsStayOff() {
        String q = "SELECT ?x WHERE { BIND(<http://jena.apache.org/ARQ/jsFunction#f>(1) AS ?x) }";
        HttpResponse<String> r = ask(TestServer.shared().url(), Transport.GET, q);
        assertTrue(r.statusCode() == 200 || (r.statusCode() >= 400 && r.statusCode() < 500), r.statusCode() + " " + r.body());
        assertFalse(r.body().contains("\"x\": {"), "no value computed by a script: " + r.body());
    }

    @ParameterizedTest
    @MethodSource("transports")
    void exactlyTheAllowedEndpointIsContacted(Transport transport) {
        HttpResponse<String> ok = ask(federating.url(), transport, "SELECT ?x WHERE { SERVICE <" + listener.url("/sparql-allowed") + "> { ?x ?p ?o } }");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("federated-ok"), ok.body());
        assertEquals(1, listener.requests().size(), listener.requests().toString());
        assertTrue(listener.requests().get(0).endsWith(" /sparql-allowed"), listener.requests().toString());
        listener.forget();

        for (String other : List.of("/secret", "/sparql-allowed/", "/sparql-allowed?x=1", "/sparql-allowedx")) {
            HttpResponse<String> refused = ask(federating.url(), transport, "SELECT ?x WHERE { SERVICE <" + listener.url(other) + "> { ?x ?p ?o } }");
            assertEquals(400, refused.statusCode(), other + ": " + refused.body());
            assertTrue(refused.body().contains("is not allowed on this endpoint"), refused.body());
            assertNothingFetched(refused);
        }
        HttpResponse<String> variable = ask(federating.url(), transport,
                "SELECT ?x WHERE { BIND(<" + listener.url("/sparql-allowed") + "> AS ?e) SERVICE ?e { ?x ?p ?o } }");
        assertEquals(400, variable.statusCode(), variable.body());
        assertNothingFetched(variable);
    }

    static Stream<Transport> transports() {
        return Stream.of(Transport.values());
    }

    @Test
    void aRedirectFromAnAllowedEndpointIsNotFollowed() {
        HttpResponse<String> r = ask(federating.url(), Transport.GET, "SELECT ?x WHERE { SERVICE <" + listener.url("/redirecting") + "> { ?x ?p ?o } }");
        assertEquals(502, r.statusCode(), r.body());
        assertTrue(r.body().contains("redirect"), r.body());
        assertEquals(List.of("GET /redirecting"), listener.requests(), "only the allowed IRI was asked; the redirect was not followed");
        assertFalse(r.body().contains(listener.secret) || r.body().contains("/secret"), r.body());
    }

    @Test
    void whatAnAllowedEndpointSaysIsNeverEchoed() {
        for (Transport t : Transport.values()) {
            HttpResponse<String> r = ask(federating.url(), t, "SELECT ?x WHERE { SERVICE <" + listener.url("/leaky") + "> { ?x ?p ?o } }");
            assertEquals(502, r.statusCode(), r.body());
            assertFalse(r.body().contains(listener.secret), r.body());
            assertFalse(r.body().contains("private file"), r.body());
            assertEquals(1, r.body().strip().lines().count(), "one line: " + r.body());
        }
        HttpResponse<String> silent = ask(federating.url(), Transport.GET, "SELECT ?x WHERE { SERVICE SILENT <" + listener.url("/leaky") + "> { ?x ?p ?o } }");
        assertEquals(200, silent.statusCode(), silent.body());
        assertFalse(silent.body().contains(listener.secret), silent.body());
    }
}
