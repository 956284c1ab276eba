package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SPARQL endpoint through two independent standard clients, and what it refuses. */
class SparqlEndpointTest {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    static final String PROFILES = "PREFIX cpo: <https://w3id.org/cluster-policy/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a cpo:CountryProfile }";

    static long count(String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(TestServer.shared().url() + "/sparql", query)) {
            ResultSet rs = qe.execSelect();
            return rs.next().getLiteral("n").getLong();
        }
    }

    @Test
    void jenaAndRdf4jClientsGetTheSameAnswers() {
        assertEquals(41, count(PROFILES));
        SPARQLRepository repo = new SPARQLRepository(TestServer.shared().url() + "/sparql");
        try (RepositoryConnection c = repo.getConnection(); TupleQueryResult r = c.prepareTupleQuery(PROFILES).evaluate()) {
            BindingSet b = r.next();
            assertEquals(41, Integer.parseInt(b.getValue("n").stringValue()));
        } finally {
            repo.shutDown();
        }
        assertEquals(TestServer.shared().data().store().size(), count(COUNT), "the default graph holds every triple");
    }

    @Test
    void postFormAndPostQueryBodyAreAnswered() {
        HttpResponse<String> form = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.form(Map.of("query", PROFILES)))).build());
        assertEquals(200, form.statusCode());
        assertEquals("n\r\n41\r\n", form.body());
        HttpResponse<String> body = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString(PROFILES)).build());
        assertEquals(200, body.statusCode());
        assertTrue(body.body().contains("<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">41</literal>"), body.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void constructAndDescribeComeInTheRdfFormatAsked(String type) {
        String q = "CONSTRUCT { ?p ?x ?y } WHERE { ?p a <https://w3id.org/cluster-policy/ontology#CountryProfile> ; ?x ?y }";
        HttpResponse<String> r = TestServer.get("/sparql?query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), "Accept", type);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
        Graph g = RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(type)).toGraph();
        assertTrue(g.size() > 41 * 4, "triples: " + g.size());
        HttpResponse<String> d = TestServer.get("/sparql?query=" + java.net.URLEncoder.encode("DESCRIBE <https://w3id.org/cluster-policy/id/profile/malta>",
                java.nio.charset.StandardCharsets.UTF_8), "Accept", type);
        assertEquals(200, d.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml"})
    void getWithoutAQueryIsTheServiceDescription(String type) {
        HttpResponse<String> r = TestServer.get("/sparql", "Accept", type);
        assertEquals(200, r.statusCode());
        Graph g = RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(type)).toGraph();
        assertTrue(g.contains(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#endpoint"),
                org.apache.jena.graph.NodeFactory.createURI(TestServer.shared().url() + "/sparql")), r.body());
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndChangeNothing() {
        long before = count(COUNT);
        String update = "DELETE WHERE { ?s ?p ?o }";
        List<HttpRequest> writes = List.of(
                HttpRequest.newBuilder(TestServer.uri("/sparql")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                HttpRequest.newBuilder(TestServer.uri("/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(TestServer.form(Map.of("update", update)))).build(),
                HttpRequest.newBuilder(TestServer.uri("/sparql?default")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpRequest.newBuilder(TestServer.uri("/sparql?default")).header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpRequest.newBuilder(TestServer.uri("/sparql?default")).DELETE().build());
        for (HttpRequest w : writes) {
            int status = TestServer.send(w).statusCode();
            assertTrue(status >= 400 && status < 500, w.method() + " " + w.uri() + " gave " + status);
        }
        assertEquals(before, count(COUNT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/$/ping", "/$/server", "/$/datasets", "/$/stats", "/$/metrics", "/$/compact/sparql", "/$/backup/sparql"})
    void noAdminRouteIsReachable(String path) {
        assertEquals(404, TestServer.get(path).statusCode(), path);
        int post = TestServer.send(HttpRequest.newBuilder(TestServer.uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode();
        assertTrue(post == 404 || post == 405, "POST " + path + " gave " + post);
    }

    @Test
    void corsIsOnForBrowserClients() {
        HttpResponse<String> r = TestServer.get("/sparql?query=" + java.net.URLEncoder.encode(PROFILES, java.nio.charset.StandardCharsets.UTF_8),
                "Origin", "https://yasgui.org", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().map().toString());
        HttpResponse<String> preflight = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://yasgui.org")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").build());
        assertTrue(preflight.statusCode() < 300, "preflight " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void anEndlessQueryIsCutAtTheTimeoutWhileOthersAreAnswered() throws Exception {
        String endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = TestServer.CLIENT.sendAsync(
                HttpRequest.newBuilder(TestServer.uri("/sparql?query=" + java.net.URLEncoder.encode(endless, java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        HttpResponse<String> health = TestServer.get("/health");
        assertEquals(200, health.statusCode());
        assertTrue(!slow.isDone(), "the endless query was still running while /health answered");
        assertEquals(41, count(PROFILES), "another query is answered meanwhile");
        HttpResponse<String> cut = slow.get(30, java.util.concurrent.TimeUnit.SECONDS);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(cut.statusCode() >= 500 || cut.body().contains("timed out") || cut.body().contains("Timeout"),
                "status " + cut.statusCode() + ": " + cut.body());
        assertTrue(seconds < 20, "cut after " + seconds + " s (timeout 5 s)");
    }
}
