package org.w3id.clusterpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.clusterpolicy.server.LoopbackListener;

/**
 * {@code serve} as its own process: it prints its URLs, logs a line per request, answers, and
 * stops cleanly on SIGTERM (the TDB2 database is released: a second process reopens it).
 */
class ServeProcessTest {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint\\s+(http://localhost:\\d+)/sparql");

    /** A running serve process; its output goes to a file (a pipe read while the process exits can lose the last lines). */
    record Run(Process process, String url, Path log) {
        String output() throws java.io.IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    static Run start(Path tdb2, Path log, String... extra) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.configurationFile=log4j2.xml", "org.w3id.clusterpolicy.cli.Main", "serve", "--port", "0"));
        if (!List.of(extra).contains("--data")) {
            cmd.addAll(List.of("--data", "data/cluster-policy.trig"));
        }
        if (tdb2 != null) {
            cmd.addAll(List.of("--tdb2", tdb2.toString()));
        }
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline && p.isAlive()) {
            Matcher m = ENDPOINT.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return new Run(p, m.group(1), log);
            }
            Thread.sleep(100);
        }
        p.destroyForcibly(); // never leave a server behind
        p.waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("no URL printed: " + Files.readString(log, StandardCharsets.UTF_8));
    }

    static int health(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void printsItsUrlsLogsRequestsAndStopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        Run first = start(db, dir.resolve("first.log"));
        assertEquals(200, health(first.url()));
        first.process().destroy(); // SIGTERM
        assertTrue(first.process().waitFor(30, TimeUnit.SECONDS), "stopped within 30 s");
        String log = first.output();
        for (String route : new String[] {"/sparql", "/api/queries", "/download/", "/catalog", "/.well-known/void", "/health", "/ontology"}) {
            assertTrue(log.contains(first.url() + route), "URL of " + route + " printed: " + log);
        }
        assertTrue(log.matches("(?s).*GET /health 200 \\d+ ms.*"), "a log line per request: " + log);
        assertTrue(log.contains("Stopped."), log);

        Run second = start(db, dir.resolve("second.log")); // the first process released the database
        assertEquals(200, health(second.url()));
        second.process().destroy();
        assertTrue(second.process().waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.isDirectory(db));
    }

    static HttpResponse<String> sparql(String url, String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The attack, against the real command: SERVICE at a loopback file is a 400 and the file is never asked for. */
    @Test
    void federationIsOffUnlessAnEndpointIsAllowedOnTheCommandLine(@TempDir Path dir) throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            Run closed = start(null, dir.resolve("closed.log"));
            try {
                HttpResponse<String> r = sparql(closed.url(), "SELECT * WHERE { SERVICE <" + listener.url("/some-file") + "> { ?s ?p ?o } }");
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains("federated queries (SERVICE) are disabled"), r.body());
                assertEquals(List.of(), listener.requests());
                assertTrue(closed.output().contains("SERVICE (federated queries) is disabled"), closed.output());
            } finally {
                closed.process().destroy();
                closed.process().waitFor(30, TimeUnit.SECONDS);
            }

            Run open = start(null, dir.resolve("open.log"), "--allow-service", listener.url("/sparql-allowed"));
            try {
                HttpResponse<String> ok = sparql(open.url(), "SELECT ?x WHERE { SERVICE <" + listener.url("/sparql-allowed") + "> { ?x ?p ?o } }");
                assertEquals(200, ok.statusCode(), ok.body());
                assertTrue(ok.body().contains("federated-ok"), ok.body());
                HttpResponse<String> other = sparql(open.url(), "SELECT ?x WHERE { SERVICE <" + listener.url("/some-file") + "> { ?x ?p ?o } }");
                assertEquals(400, other.statusCode(), other.body());
                assertEquals(List.of("GET /sparql-allowed"), listener.requests());
                assertTrue(open.output().contains("SERVICE may reach only: " + listener.url("/sparql-allowed")), open.output());
            } finally {
                open.process().destroy();
                open.process().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Runs serve to its end (it must end by itself) and returns its exit code and output. */
    static Cli runToEnd(Path log, String... args) throws Exception {
        return runToEnd(log, Path.of(System.getProperty("java.io.tmpdir")), args);
    }

    /** The same, with its own temporary folder (other processes on the machine use the shared one). */
    static Cli runToEnd(Path log, Path tmp, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + tmp, "-Dlog4j2.configurationFile=log4j2.xml", "org.w3id.clusterpolicy.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 120 s: " + Files.readString(log));
        }
        return new Cli(p.exitValue(), Files.readString(log), "");
    }

    @Test
    void aBusyPortIsOneLineExit2AndLeavesNoTemporaryFolder(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Cli r = runToEnd(dir.resolve("busy.log"), tmp, "serve", "--port", Integer.toString(taken.getLocalPort()), "--data", "data/cluster-policy.trig");
            assertEquals(2, r.code(), r.out());
            assertEquals("error: port " + taken.getLocalPort() + " is in use by another program; choose another with --port PORT or the PORT"
                    + " environment variable (0 picks a free one)", r.out().strip());
            try (var left = Files.list(tmp)) {
                assertEquals(List.of(), left.toList(), "no temporary folder left behind");
            }
        }
    }

    @Test
    void aDamagedDatabaseIsRefusedWithOneLine(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        org.w3id.clusterpolicy.store.GraphStore.tdb2(db, Path.of("data/cluster-policy.trig")).close();
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(db.resolve("Data-0001/SPO.dat").toFile(), "rw")) {
            f.write(new byte[(int) f.length()]);
        }
        Cli r = runToEnd(dir.resolve("damaged.log"), "serve", "--port", "0", "--tdb2", db.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        assertTrue(r.out().startsWith("error: " + db + ": the TDB2 database is damaged ("), r.out());
    }

    /**
     * kill -9 while the first load runs (as soon as the database folder appears) and while serving:
     * each time the next start comes back with the whole graph. The dump is padded with a large named
     * graph so the load takes long enough to be interrupted.
     */
    @Test
    void killNineDuringTheFirstLoadAndWhileServingLosesNothing(@TempDir Path dir) throws Exception {
        Path dump = dir.resolve("big.trig");
        StringBuilder padding = new StringBuilder(Files.readString(Path.of("data/cluster-policy.trig"), StandardCharsets.UTF_8));
        padding.append("\n<https://example.org/padding> {\n");
        for (int i = 0; i < 40_000; i++) {
            padding.append("<https://example.org/padding/s").append(i).append("> <https://example.org/padding/p> \"padding ").append(i).append("\" .\n");
        }
        padding.append("}\n");
        Files.writeString(dump, padding);
        long expected = org.w3id.clusterpolicy.store.GraphStore.inMemory(dump).size();
        Path db = dir.resolve("tdb2");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process loading = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.w3id.clusterpolicy.cli.Main",
                "serve", "--port", "0", "--data", dump.toString(), "--tdb2", db.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.isDirectory(db.resolve("Data-0001")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        loading.destroyForcibly(); // SIGKILL
        loading.waitFor(30, TimeUnit.SECONDS);

        Run restarted = start(null, dir.resolve("restarted.log"), "--data", dump.toString(), "--tdb2", db.toString());
        try {
            assertTrue(restarted.output().contains(expected + " triples"), restarted.output());
        } finally {
            restarted.process().destroyForcibly(); // and kill -9 while serving
            restarted.process().waitFor(30, TimeUnit.SECONDS);
        }
        Run again = start(null, dir.resolve("again.log"), "--data", dump.toString(), "--tdb2", db.toString());
        try {
            assertTrue(again.output().contains("tdb2-reopened, " + expected + " triples"), again.output());
            assertEquals(200, health(again.url()));
        } finally {
            again.process().destroy();
            again.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
    /** The training run of the build's ahead-of-time cache: every route answered, then a clean exit 0. */
    @Test
    void warmUpAndStopAsksEveryRouteOnceAndExitsZero(@TempDir Path dir) throws Exception {
        Run run = start(null, dir.resolve("warm-up.log"), "--warm-up-and-stop");
        assertTrue(run.process().waitFor(120, TimeUnit.SECONDS), "stopped by itself");
        String log = run.output();
        assertEquals(0, run.process().exitValue(), log);
        assertTrue(log.matches("(?s).*Warm-up: \\d+ requests, 0 failed\\..*"), log);
        for (String request : new String[] {"GET / 200", "GET /sparql 200", "GET /map 200", "GET /id/profile/germany 200",
            "GET /api/queries/policy-status.json 200", "GET /catalog 200", "GET /health 200"}) {
            assertTrue(log.contains(request), request + " logged: " + log);
        }
    }

    /** A route that fails in the training run fails the build: the failure is named and the exit is not 0. */
    @Test
    void warmUpNamesTheRoutesThatFailedAndExitsNonZero(@TempDir Path dir) throws Exception {
        Path tiny = dir.resolve("tiny.trig");
        Files.writeString(tiny, """
                <https://w3id.org/cluster-policy/id/graph/tiny> {
                  <https://w3id.org/cluster-policy/id/profile/atlantis> <http://www.w3.org/2000/01/rdf-schema#label> "Atlantis"@en .
                }
                """, StandardCharsets.UTF_8);
        Run run = start(null, dir.resolve("warm-up.log"), "--data", tiny.toString(), "--warm-up-and-stop");
        assertTrue(run.process().waitFor(120, TimeUnit.SECONDS), "stopped by itself");
        String log = run.output();
        assertEquals(70, run.process().exitValue(), log);
        assertTrue(log.matches("(?s).*Warm-up: \\d+ requests, [1-9]\\d* failed\\..*"), log);
        assertTrue(log.contains("/id/profile/germany (text/html): status 404"), log);
    }
}
