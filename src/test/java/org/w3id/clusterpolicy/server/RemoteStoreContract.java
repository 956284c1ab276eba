package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.clusterpolicy.query.CannedQueryCases;
import org.w3id.clusterpolicy.query.CannedQueryCases.Case;
import org.w3id.clusterpolicy.describe.Terms;
import org.w3id.clusterpolicy.query.FederationPolicy;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.guard.PublicLimits;
import org.w3id.clusterpolicy.server.http.Http;
import org.w3id.clusterpolicy.store.GraphFiles;
import org.w3id.clusterpolicy.store.RemoteEndpoint;

/**
 * The whole service on top of a remote SPARQL 1.1 store ({@code serve --sparql-endpoint}), held to
 * what the embedded store gives: every recorded canned-query case has its recorded rows, every page
 * is the embedded server's page byte for byte, resources dereference to the same triples, the
 * downloads hold the remote graph, and {@code /sparql} forwards read-only queries and refuses, before
 * anything reaches the store, what the embedded endpoint refuses. Written once, run for each store
 * (plain Fuseki, Virtuoso), each subclass starting its store and loading the dump into it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RemoteStoreContract {
    static final String BROWSER = ResourceTest.BROWSER;
    /** The graph the store holds: every triple of the dump (the union of its named graphs). */
    static final Graph DUMP = GraphFiles.load(TestServer.DATA).getDefaultGraph();

    /** The service over the store, with the default limits but a row limit of {@value #MAX_ROWS}. */
    protected KnowledgeGraphServer remote;
    static final long MAX_ROWS = 2_000;

    /** Starts the service over the store's SPARQL endpoint; {@code graph} is the named graph that holds the data, or null. */
    static KnowledgeGraphServer serve(String endpoint, String graph, Duration timeout, PublicLimits limits) {
        return KnowledgeGraphServer.start(new ServeOptions(0, null, null, Vocab.DEFAULT_BASE, timeout, null, FederationPolicy.none())
                .withLimits(limits).withEndpoint(new RemoteEndpoint(URI.create(endpoint), graph)), "test");
    }

    static PublicLimits limits(long maxRows) {
        PublicLimits d = PublicLimits.DEFAULT;
        return new PublicLimits(d.maxConcurrentPerClient(), d.trustProxy(), d.queryThreads(), d.queryQueue(), d.maxQueryBytes(),
                d.maxResponseBytes(), d.writeTimeout(), d.query().withMaxRows(maxRows));
    }

    @AfterAll
    void stopTheService() {
        if (remote != null) {
            remote.close();
        }
    }

    static HttpResponse<String> get(KnowledgeGraphServer s, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path)).timeout(Duration.ofMinutes(2));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return TestServer.send(b.GET().build());
    }

    static HttpResponse<String> sparql(KnowledgeGraphServer s, String query, String accept) {
        return TestServer.send(HttpRequest.newBuilder(URI.create(s.url() + "/sparql")).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build());
    }

    static List<Case> cases() {
        return CannedQueryCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCannedQueryCaseGivesItsRecordedRows(Case c) {
        String params = c.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = get(remote, "/api/queries/" + c.query() + ".csv" + (params.isEmpty() ? "" : "?" + params));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(c.expectedCsv(), r.body(), c.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/profile/hungary", "/id/profile/malta?lang=de", "/id/profile/germany", "/id/profile/turkiye",
        "/map", "/map?query=quantities&column=value&filter=countedThing%3Dclusters", "/search?q=cluster", "/search?q=KOSGEB",
        "/id/", "/id/programme/", "/id/organisation/", "/id/document/clusterplattform-de-malta", "/id/sector/automotive",
        "/id/sentence/clusterplattform-de-european-level-9060-9168", "/ontology", "/api/queries/countries?lang=de",
        "/query?section=profile-partners&profile=https%3A%2F%2Fw3id.org%2Fcluster-policy%2Fid%2Fprofile%2Fmalta"})
    void everyPageIsTheEmbeddedStoresPage(String path) {
        HttpResponse<String> r = get(remote, path, "Accept", BROWSER);
        assertEquals(200, r.statusCode(), path);
        assertEquals(get(TestServer.shared(), path, "Accept", BROWSER).body(), r.body(), path);
    }

    /** The home page too, but for its downloads, which hold the remote graph (no named graphs, so other TriG and N-Quads files). */
    @Test
    void theHomePageCountsAndListsWhatTheEmbeddedStoreDoes() {
        Document ours = Jsoup.parse(get(remote, "/", "Accept", BROWSER).body());
        Document embedded = Jsoup.parse(get(TestServer.shared(), "/", "Accept", BROWSER).body());
        for (Document d : List.of(ours, embedded)) {
            d.select("#downloads").remove();
        }
        assertEquals(embedded.outerHtml(), ours.outerHtml());
        assertTrue(ours.select("#countries a[href^=/id/profile/]").size() == 41, "41 countries");
    }

    @Test
    void resourcesDereferenceToTheSameTriplesAndUnknownOnesAre404() {
        for (String path : List.of("/id/profile/malta", "/id/programme/romania-competitiveness-operational-programme")) {
            Graph ours = turtle(get(remote, path, "Accept", "text/turtle").body());
            Graph embedded = turtle(get(TestServer.shared(), path, "Accept", "text/turtle").body());
            assertTrue(ours.size() > 5 && ours.isIsomorphicWith(embedded), path);
        }
        assertEquals(404, get(remote, "/id/profile/atlantis", "Accept", "text/turtle").statusCode());
        assertEquals(404, get(remote, "/id/profile/a%3Eb", "Accept", "text/turtle").statusCode(), "an IRI no query can write is no resource");
    }

    @Test
    void theDownloadsAndDescriptionsAreMadeFromTheRemoteGraph() throws Exception {
        HttpResponse<byte[]> nt = TestServer.CLIENT.send(HttpRequest.newBuilder(URI.create(remote.url() + "/download/cluster-policy.nt.gz"))
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, nt.statusCode());
        Graph downloaded = RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(nt.body()))).lang(Lang.NTRIPLES).toGraph();
        assertEquals(DUMP.size(), downloaded.size());
        assertTrue(downloaded.isIsomorphicWith(DUMP), "the dump as the store holds it, every literal as it was");
        Graph voidDescription = turtle(get(remote, "/.well-known/void", "Accept", "text/turtle").body());
        assertTrue(voidDescription.contains(Vocab.iri(Terms.DATASET), Vocab.iri("http://rdfs.org/ns/void#triples"),
                NodeFactory.createLiteralDT(Long.toString(DUMP.size()), XSDDatatype.XSDinteger)), "VoID counts the remote graph");
        assertEquals(200, get(remote, "/catalog", "Accept", "text/turtle").statusCode());
        JsonNode health = Http.JSON.readTree(get(remote, "/health").body());
        assertEquals("sparql-endpoint", health.path("store").asText());
        assertEquals(DUMP.size(), health.path("triples").asLong());
    }

    @Test
    void theEndpointForwardsReadOnlyQueriesOfEveryForm() {
        HttpResponse<String> count = sparql(remote, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(200, count.statusCode(), count.body());
        assertEquals("n\r\n" + DUMP.size() + "\r\n", count.body());
        assertEquals(200, sparql(remote, "ASK { ?p a <https://w3id.org/cluster-policy/ontology#CountryProfile> }",
                "application/sparql-results+json").statusCode());
        HttpResponse<String> construct = sparql(remote, "CONSTRUCT WHERE { ?p a <https://w3id.org/cluster-policy/ontology#CountryProfile> }", "text/turtle");
        assertEquals(200, construct.statusCode(), construct.body());
        assertEquals(41, turtle(construct.body()).size());
        HttpResponse<String> describe = sparql(remote, "DESCRIBE <https://w3id.org/cluster-policy/id/profile/malta>", "application/n-triples");
        assertEquals(200, describe.statusCode(), describe.body());
        assertTrue(describe.body().contains("<https://w3id.org/cluster-policy/id/profile/malta>"), describe.body());
    }

    @Test
    void theEndpointRefusesWhatTheEmbeddedOneRefusesAndWhatOnlyAStoreWouldRunBeforeSendingIt() throws IOException {
        try (LoopbackListener listener = new LoopbackListener()) {
            Map<String, String> refused = Map.of(
                    "SELECT * WHERE { SERVICE <" + listener.url("/sparql-allowed") + "> { ?s ?p ?o } }", "federated queries (SERVICE) are disabled",
                    "SELECT * FROM <" + listener.url("/secret") + "> WHERE { ?s ?p ?o }", "FROM and FROM NAMED are not supported",
                    "PREFIX bif: <bif:> SELECT (bif:http_get(\"" + listener.url("/secret") + "\") AS ?x) WHERE {}", "is not available here",
                    "SELECT ?x WHERE { BIND(1 AS ?x) LATERAL { } }", "syntax beyond SPARQL 1.1");
            refused.forEach((query, why) -> {
                HttpResponse<String> r = sparql(remote, query, "application/sparql-results+json");
                assertEquals(400, r.statusCode(), query + " -> " + r.body());
                assertTrue(r.body().contains(why), r.body());
            });
            HttpResponse<String> update = TestServer.send(HttpRequest.newBuilder(URI.create(remote.url() + "/sparql"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
            assertEquals(415, update.statusCode());
            HttpResponse<String> asForm = TestServer.send(HttpRequest.newBuilder(URI.create(remote.url() + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("update=DROP+ALL")).build());
            assertEquals(400, asForm.statusCode());
            HttpResponse<String> chosenGraph = get(remote, "/sparql?query=ASK%7B%7D&default-graph-uri=" + URLEncoder.encode(listener.url("/secret"),
                    StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
            assertEquals(400, chosenGraph.statusCode(), chosenGraph.body());
            assertEquals(List.of(), listener.requests(), "nothing reached the listener");
        }
        assertEquals(DUMP.size(), Long.parseLong(sparql(remote, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv").body()
                .lines().skip(1).findFirst().orElseThrow()), "the store is unchanged");
    }

    @Test
    void theRowLimitAndTheQuerySizeLimitHold() {
        String rows = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT ";
        assertEquals(200, sparql(remote, rows + MAX_ROWS, "text/csv").statusCode());
        HttpResponse<String> over = sparql(remote, rows + (MAX_ROWS + 1), "text/csv");
        assertEquals(422, over.statusCode(), over.body());
        assertTrue(over.body().contains("more than " + MAX_ROWS + " rows"), over.body());
        // With "Expect: 100-continue" the client waits for the answer before it sends the body: the server
        // refuses the body unread, and a client still writing it could otherwise see a broken pipe instead of the 413.
        String tooLong = "query=" + URLEncoder.encode("ASK {} #" + "x".repeat((int) PublicLimits.DEFAULT.maxQueryBytes()), StandardCharsets.UTF_8);
        HttpResponse<String> large = TestServer.send(HttpRequest.newBuilder(URI.create(remote.url() + "/sparql")).timeout(Duration.ofMinutes(2))
                .expectContinue(true).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(tooLong)).build());
        assertEquals(413, large.statusCode());
    }

    /** The ETags are the graph's checksum and the request: a second server over the same store has the same checksum. */
    @Test
    void everyServerOverTheSameStoreHasTheSameChecksumAndAnswers() {
        try (KnowledgeGraphServer another = serve(endpoint(), graph(), Duration.ofSeconds(30), limits(MAX_ROWS))) {
            assertEquals(remote.data().store().digest(), another.data().store().digest());
            assertEquals(get(remote, "/api/queries/countries.json").body(), get(another, "/api/queries/countries.json").body());
        }
        assertTrue(get(remote, "/api/queries/countries.json").headers().firstValue("ETag").isPresent());
    }

    /** The store's SPARQL endpoint and the graph there that holds the data (null: its default graph). */
    abstract String endpoint();

    abstract String graph();

    static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }

}
