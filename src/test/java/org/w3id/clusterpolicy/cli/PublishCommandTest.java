package org.w3id.clusterpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.store.GraphFiles;
import org.w3id.clusterpolicy.store.PlainFuseki;
import org.w3id.clusterpolicy.store.Virtuoso;
import org.w3id.clusterpolicy.store.VirtuosoServer;

/**
 * {@code publish} against real stores on loopback: plain Fuseki 6 with HTTP Basic, Virtuoso 7 with
 * HTTP Digest, and an embedded Fuseki behind a request-size limit. Afterwards a COUNT(*) over each
 * graph in the store equals the graph in the dump, also after publishing twice.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PublishCommandTest {
    static final Path TRIG = Path.of("data", "cluster-policy.trig");
    static final String UNION = "https://w3id.org/cluster-policy/id/graph/publish-test-union";

    /** Triples per graph IRI in the dump, and in all. */
    static final TreeMap<String, Long> OURS = new TreeMap<>();
    static long unionSize;

    @BeforeAll
    static void countOurs() {
        DatasetGraph dump = GraphFiles.read(TRIG);
        dump.listGraphNodes().forEachRemaining(g -> OURS.put(g.getURI(), (long) dump.getGraph(g).size()));
        var union = GraphFactory.createDefaultGraph();
        dump.find().forEachRemaining(q -> union.add(q.asTriple()));
        unionSize = union.size();
        assertEquals(7, OURS.size(), "the dump has a graph per source and one for the vocabularies");
    }

    static long count(String sparqlEndpoint, String graph, HttpClient client) {
        try (QueryExec exec = QueryExecHTTP.service(sparqlEndpoint).httpClient(client).sendMode(QuerySendMode.asPostForm)
                .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }").build()) {
            Node n = exec.select().next().get("n");
            return Long.parseLong(n.getLiteralLexicalForm());
        }
    }

    static Map<String, Long> counts(String sparqlEndpoint, HttpClient client) {
        Map<String, Long> theirs = new TreeMap<>();
        OURS.keySet().forEach(g -> theirs.put(g, count(sparqlEndpoint, g, client)));
        return theirs;
    }

    static void assertPublishedEveryGraph(Cli r, String to) {
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(OURS.size() + 1, lines.size(), r.out());
        for (String graph : OURS.keySet()) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(graph + ": " + OURS.get(graph) + " triples replaced in ") + "[0-9.]+ s")),
                    graph + " in " + r.out());
        }
        assertEquals("published 7 graphs (" + OURS.values().stream().mapToLong(Long::longValue).sum() + " triples) to " + to, lines.getLast());
    }

    /** Exit 2, the one line that says why, and the summary line; every graph failed. */
    static void assertRefused(Cli r, String graphLine, String to, int graphs) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(List.of(graphLine, "error: " + graphs + " of " + graphs + " graphs were not published to " + to),
                r.err().strip().lines().toList());
    }

    /** Publishing twice: each time every graph replaced, and afterwards the store's counts are ours. */
    static void assertPublishingTwiceGivesOurCounts(String to, String auth, String sparql, HttpClient reader) {
        for (int i = 0; i < 2; i++) {
            assertPublishedEveryGraph(Cli.run("publish", "--to", to, "--auth", auth), to);
            assertEquals(OURS, counts(sparql, reader));
        }
    }

    static void assertUnionPublished(String to, String auth, String sparql, HttpClient reader) {
        Cli r = Cli.run("publish", "--to", to, "--graph", UNION, "--auth", auth);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(UNION + ": " + unionSize + " triples replaced in "), r.out());
        assertTrue(r.out().strip().endsWith("published 1 graph (" + unionSize + " triples) to " + to), r.out());
        assertEquals(unionSize, count(sparql, UNION, reader));
    }

    static void assertCredentialsRequired(String to, String user) {
        assertRefused(Cli.run("publish", "--to", to),
                OURS.firstEntry().getKey() + ": 401 Unauthorized: the store asks for credentials (give --auth user:password)", to, 7);
        assertRefused(Cli.run("publish", "--to", to, "--auth", user + ":wrong"),
                OURS.firstEntry().getKey() + ": 401 Unauthorized: the store refused the credentials of user '" + user + "'", to, 7);
    }

    @Nested
    class BadUsage {
        static Stream<Arguments> badUsages() {
            String to = "http://127.0.0.1:9/ds/data";
            return Stream.of(
                    Arguments.of(List.of(), "publish: Missing required option: '--to=URL' (see --help)"),
                    Arguments.of(List.of("--to", "ftp://127.0.0.1/ds/data"),
                            "error: --to: 'ftp://127.0.0.1/ds/data' is not an http(s) URL of a Graph Store endpoint"),
                    Arguments.of(List.of("--to", to + "?graph=x"),
                            "error: --to: '" + to + "?graph=x' has a query or fragment; give the endpoint itself (the graph goes into ?graph=)"),
                    Arguments.of(List.of("--to", to, "--auth", "admin"), "error: --auth: give user:password"),
                    Arguments.of(List.of("--to", to, "--graph", "all graphs"), "error: --graph: 'all graphs' is not an absolute IRI"),
                    Arguments.of(List.of("--to", to, "--data", "no/such.trig"), "error: no/such.trig: no such file"));
        }

        /** Refused before anything is sent (port 9 is never asked): exit 2 and one line. */
        @ParameterizedTest(name = "{1}")
        @MethodSource("badUsages")
        void isRefusedInOneLine(List<String> options, String line) {
            List<String> args = new java.util.ArrayList<>(List.of("publish"));
            args.addAll(options);
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            assertEquals(line, r.err().strip());
            assertEquals("", r.out());
        }

        @Test
        void aStoreThatDoesNotListen() throws java.io.IOException {
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String to = "http://127.0.0.1:" + port + "/ds/data";
            Cli r = Cli.run("publish", "--to", to);
            assertEquals(2, r.code(), r.err());
            assertEquals("", r.out());
            // The first graph says why; the others are not tried.
            assertEquals(List.of(OURS.firstEntry().getKey() + ": connection refused: nothing listens at 127.0.0.1:" + port,
                    "error: 7 of 7 graphs were not published to " + to), r.err().strip().lines().toList());
        }
    }

    /**
     * A store that drops the connection of the first two PUTs without a word and takes the third:
     * PUT is idempotent, so `publish` tries again after a pause, and the graph goes in.
     */
    @Test
    void aConnectionDroppedBeforeAnyAnswerIsTriedAgain() throws Exception {
        java.util.concurrent.atomic.AtomicInteger puts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Long> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread store = Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (var socket = server.accept()) {
                        var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
                        String requestLine = in.readLine();
                        long length = 0;
                        for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                            if (h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                                length = Long.parseLong(h.substring(15).strip());
                            }
                        }
                        if (requestLine != null && requestLine.startsWith("HEAD ")) { // the graph is new here
                            socket.getOutputStream().write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                            continue;
                        }
                        if (requestLine == null || !requestLine.startsWith("PUT ") || puts.incrementAndGet() <= 2) {
                            continue; // closes the connection unanswered
                        }
                        long skipped = 0;
                        while (skipped < length && in.read() >= 0) {
                            skipped++;
                        }
                        received.add(skipped);
                        socket.getOutputStream().write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    } catch (java.io.IOException e) {
                        return; // the server socket was closed
                    }
                }
            });
            String to = "http://127.0.0.1:" + server.getLocalPort() + "/ds/data";
            Cli r = Cli.run("publish", "--to", to, "--graph", "https://example.org/all");
            server.close();
            store.join(10_000);
            assertEquals(0, r.code(), r.err());
            assertEquals(3, puts.get(), "two dropped, the third taken");
            assertEquals(1, received.size());
            assertTrue(received.get(0) > 0, "the graph was sent in the third PUT");
            assertTrue(r.out().contains("https://example.org/all: "), r.out());
        }
    }

    /** Plain Fuseki 6, in-memory and writable, behind HTTP Basic authentication. */
    @Nested
    class OnPlainFuseki {
        static final String USER = "publisher";
        static final String PASSWORD = "s3cret:with-colon";
        static PlainFuseki fuseki;
        static HttpClient reader;

        @BeforeAll
        static void start() {
            Path passwd = PlainFuseki.file("passwd", USER + ": " + PASSWORD + "\n");
            fuseki = PlainFuseki.start("--mem", "--update", "--passwd=" + passwd, "--auth=basic");
            reader = HttpClient.newBuilder().authenticator(AuthLib.authenticator(USER, PASSWORD)).build();
        }

        @AfterAll
        static void stop() {
            if (fuseki != null) {
                fuseki.close();
            }
        }

        @Test
        void replacesEachGraphSoThatPublishingTwiceGivesTheSameStore() {
            // A triple the store had before is gone afterwards: PUT replaces, it does not add.
            String someGraph = OURS.firstEntry().getKey();
            var stale = GraphFactory.createDefaultGraph();
            stale.add(org.apache.jena.graph.Triple.create(org.apache.jena.graph.NodeFactory.createURI("http://example.org/stale"),
                    org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("left over")));
            GSP.service(fuseki.graphStoreEndpoint()).httpClient(reader).graphName(someGraph).POST(stale);
            assertEquals(1, count(fuseki.sparqlEndpoint(), someGraph, reader));

            assertPublishingTwiceGivesOurCounts(fuseki.graphStoreEndpoint(), USER + ":" + PASSWORD, fuseki.sparqlEndpoint(), reader);
        }

        @Test
        void putsTheUnionIntoOneGraph() {
            assertUnionPublished(fuseki.graphStoreEndpoint(), USER + ":" + PASSWORD, fuseki.sparqlEndpoint(), reader);
        }

        @Test
        void withoutOrWithWrongCredentials() {
            assertCredentialsRequired(fuseki.graphStoreEndpoint(), USER);
        }

        @Test
        void toAPathThatIsNoGraphStore() {
            String to = fuseki.url("/nothing/here");
            assertRefused(Cli.run("publish", "--to", to, "--auth", USER + ":" + PASSWORD),
                    OURS.firstEntry().getKey() + ": 405 Method Not Allowed: " + to + " does not take Graph Store writes (not a Graph Store"
                            + " endpoint, or a read-only one: Fuseki needs --update and the dataset's /data path)", to, 7);
        }
    }

    /** Virtuoso 7, whose Graph Store endpoint takes only HTTP Digest. */
    @Nested
    @ExtendWith(Virtuoso.class)
    class OnVirtuoso {
        static VirtuosoServer virtuoso;
        static final HttpClient READER = HttpClient.newHttpClient();
        static final String AUTH = VirtuosoServer.USER + ":" + VirtuosoServer.PASSWORD;

        @BeforeAll
        static void find(VirtuosoServer server) {
            virtuoso = server;
        }

        @Test
        void replacesEachGraphSoThatPublishingTwiceGivesTheSameStore() {
            assertPublishingTwiceGivesOurCounts(virtuoso.graphStoreEndpoint(), AUTH, virtuoso.sparqlEndpoint(), READER);
        }

        @Test
        void putsTheUnionIntoOneGraph() {
            assertUnionPublished(virtuoso.graphStoreEndpoint(), AUTH, virtuoso.sparqlEndpoint(), READER);
        }

        @Test
        void withoutOrWithWrongCredentials() {
            assertCredentialsRequired(virtuoso.graphStoreEndpoint(), VirtuosoServer.USER);
        }
    }

    /**
     * A Fuseki Graph Store behind a request-size limit (Jetty's SizeLimitHandler, as a host or proxy
     * may set one) of half the largest graph's Turtle, and the 404 of a path it does not serve.
     */
    @Nested
    class BehindASizeLimit {
        static FusekiServer server;
        /** The graphs whose Turtle is over the limit. */
        static final List<String> TOO_LARGE = new java.util.ArrayList<>();

        @BeforeAll
        static void start() {
            DatasetGraph dump = GraphFiles.read(TRIG);
            Map<String, Integer> bytes = new TreeMap<>();
            dump.listGraphNodes().forEachRemaining(g -> bytes.put(g.getURI(),
                    org.apache.jena.riot.RDFWriter.source(dump.getGraph(g)).format(org.apache.jena.http.HttpEnv.defaultTriplesFormat)
                            .asString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
            int limit = bytes.values().stream().mapToInt(Integer::intValue).max().orElseThrow() / 2;
            bytes.forEach((g, size) -> {
                if (size > limit) {
                    TOO_LARGE.add(g);
                }
            });
            assertTrue(TOO_LARGE.size() < bytes.size(), "some graphs fit: " + bytes);
            server = FusekiServer.create().port(0).loopback(true).add("/ds", DatasetGraphFactory.createTxnMem(), true).build();
            Server jetty = server.getJettyServer();
            SizeLimitHandler sizeLimit = new SizeLimitHandler(limit, -1);
            sizeLimit.setHandler(jetty.getHandler());
            jetty.setHandler(sizeLimit);
            server.start();
        }

        @AfterAll
        static void stop() {
            if (server != null) {
                server.stop();
            }
        }

        @Test
        void aGraphTooLargeForTheStoreFailsAndTheOthersGoIn() {
            String to = server.datasetURL("/ds") + "/data";
            Cli r = Cli.run("publish", "--to", to);
            assertEquals(2, r.code(), r.out() + r.err());
            List<String> expected = new java.util.ArrayList<>();
            for (String g : TOO_LARGE) {
                expected.add(g + ": 413 Payload Too Large: the store refused a graph of " + OURS.get(g) + " triples as too large; raise its request size limit");
            }
            expected.add("error: " + TOO_LARGE.size() + " of 7 graphs were not published to " + to);
            assertEquals(expected, r.err().strip().lines().toList());
            assertEquals(7 - TOO_LARGE.size(), r.out().strip().lines().count(), r.out());
        }

        @Test
        void theUnionTooLargeSuggestsGraphByGraph() {
            String to = server.datasetURL("/ds") + "/data";
            assertRefused(Cli.run("publish", "--to", to, "--graph", UNION), UNION + ": 413 Payload Too Large: the store refused a graph of "
                    + unionSize + " triples as too large; raise its request size limit or publish graph by graph (without --graph)", to, 1);
        }

        @Test
        void aPathTheServerDoesNotHave() {
            String to = server.serverURL() + "nothing/data";
            assertRefused(Cli.run("publish", "--to", to), OURS.firstEntry().getKey() + ": 404 Not Found: no Graph Store endpoint at " + to
                    + " (Fuseki: http://HOST:PORT/DATASET/data; Virtuoso: http://HOST:PORT/sparql-graph-crud-auth)", to, 7);
        }
    }
}
