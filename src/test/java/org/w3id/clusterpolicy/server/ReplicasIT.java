package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * {@code deploy/replicas.sh} for real, after {@code package}: two replicas of the built jar behind
 * nginx. Every replica gives the same ETag for the same request, so a shared HTTP cache works; no
 * response through nginx names a replica; and a replica killed with SIGKILL under load loses no
 * request, because nginx retries it on the other one and then leaves the dead one out, and the
 * script's health check on /health reports it. Every process the script started is stopped afterwards, also when a test
 * fails, and every wait is bounded. Where nginx or curl is missing the test is skipped, except on
 * CI (CI=true), where that is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ReplicasIT {
    private static final Pattern REPLICA = Pattern.compile("^replica (\\d+) http://127\\.0\\.0\\.1:(\\d+) pid (\\d+)$");
    private static final Pattern NGINX = Pattern.compile("^nginx http://127\\.0\\.0\\.1:(\\d+)/ pid (\\d+)$");
    private static final String PROFILES = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/cluster-policy/ontology#CountryProfile> }";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process script;
    private List<ProcessHandle> started = List.of();
    private final List<Integer> replicaPorts = new ArrayList<>();
    private final List<Long> replicaPids = new ArrayList<>();
    private int nginxPort;

    @BeforeAll
    void startTwoReplicasBehindNginx() throws Exception {
        for (String tool : List.of("nginx", "curl")) {
            if (!onPath(tool)) {
                String why = tool + " is not installed (Debian: apt-get install nginx-light curl)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(why + ", and CI is set: the replica test must run here");
                }
                Assumptions.abort(why + "; skipped");
            }
        }
        assertTrue(Files.isRegularFile(Path.of("target/cluster-policy-kg.jar")), "runs after package");
        ProcessBuilder pb = new ProcessBuilder("bash", "deploy/replicas.sh", "2").redirectErrorStream(true);
        pb.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
        pb.environment().put("HEAP", "512m");
        pb.environment().put("CHECK_INTERVAL", "1");
        script = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                }
            } catch (IOException ended) {
                // the script stopped
            }
        }, "replicas.sh output");
        reader.setDaemon(true);
        reader.start();
        await("the script says ready", 300, () -> output.contains("ready") || !script.isAlive());
        started = script.toHandle().descendants().toList();
        assertTrue(output.contains("ready"), String.join("\n", output));
        for (String line : output) {
            Matcher r = REPLICA.matcher(line);
            if (r.matches()) {
                replicaPorts.add(Integer.parseInt(r.group(2)));
                replicaPids.add(Long.parseLong(r.group(3)));
            }
            Matcher n = NGINX.matcher(line);
            if (n.matches()) {
                nginxPort = Integer.parseInt(n.group(1));
            }
        }
        assertEquals(2, replicaPorts.size(), String.join("\n", output));
        assertTrue(nginxPort > 0, String.join("\n", output));
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        if (script == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(started);
        all.addAll(script.toHandle().descendants().toList());
        script.destroy(); // SIGTERM: the script stops nginx and the replicas itself
        if (!script.waitFor(40, TimeUnit.SECONDS)) {
            script.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle p : all) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join();
            }
        }
        for (ProcessHandle p : all) {
            assertFalse(p.isAlive(), "process " + p.pid() + " still runs");
        }
    }

    @Test
    @Order(1)
    void everyReplicaGivesTheSameEtagAndAnHttpCacheCanRevalidateAnywhere() throws Exception {
        String host = "127.0.0.1:" + nginxPort;
        Map<String, String> proxied = Map.of("Host", host, "X-Forwarded-Host", host, "X-Forwarded-Proto", "http",
                "X-Forwarded-For", "127.0.0.1", "Accept", "application/json");
        Set<String> etags = new HashSet<>();
        for (int port : replicaPorts) {
            RawHttp r = RawHttp.send(port, "GET", "/api/queries/countries.json", proxied, null);
            assertEquals(200, r.status(), r.body());
            etags.add(r.header("ETag"));
        }
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> r = get("/api/queries/countries.json", "Accept", "application/json");
            assertEquals(200, r.statusCode());
            etags.add(r.headers().firstValue("ETag").orElse(null));
        }
        assertEquals(1, etags.size(), "one ETag from both replicas, directly and through nginx: " + etags);
        String etag = etags.iterator().next();
        for (int i = 0; i < 4; i++) {
            assertEquals(304, get("/api/queries/countries.json", "Accept", "application/json", "If-None-Match", etag).statusCode(),
                    "whichever replica answers, the cached answer is still good");
        }
    }

    @Test
    @Order(2)
    void noResponseThroughNginxNamesAReplica() {
        List<String[]> requests = List.of(new String[] {"/", "text/html"}, new String[] {"/catalog", "text/turtle"},
                new String[] {"/.well-known/void", "text/turtle"}, new String[] {"/sparql", "text/turtle"},
                new String[] {"/api/openapi.json", "application/json"}, new String[] {"/api/queries", "application/json"},
                new String[] {"/download/index.json", "application/json"}, new String[] {"/id/profile/malta", "text/turtle"},
                new String[] {"/id/profile/malta", "text/html"}, new String[] {"/map", "text/html"}, new String[] {"/query", "text/html"},
                new String[] {"/id/profile/atlantis", "text/html"}, new String[] {"/health", "application/json"});
        for (String[] req : requests) {
            for (int i = 0; i < 2; i++) { // so that both replicas answer
                HttpResponse<String> r = get(req[0], "Accept", req[1]);
                StringBuilder all = new StringBuilder(r.body());
                r.headers().map().forEach((name, values) -> all.append('\n').append(name).append(": ").append(String.join(", ", values)));
                for (int port : replicaPorts) {
                    for (String named : List.of("127.0.0.1:" + port, "localhost:" + port)) {
                        assertFalse(all.toString().contains(named), req[0] + " (" + req[1] + ") names replica " + named);
                    }
                }
            }
        }
        assertTrue(get("/catalog", "Accept", "text/turtle").body().contains("http://127.0.0.1:" + nginxPort + "/sparql"),
                "the descriptions name the address the client used");
    }

    @Test
    @Order(3)
    void killingAReplicaUnderLoadLosesNoRequestAndTheHealthCheckReportsIt() throws Exception {
        List<HttpRequest> mix = List.of(
                request("/api/queries/countries.json", "application/json"),
                request("/api/queries/timeline.csv?country=HU", "text/csv"),
                request("/id/profile/malta", "text/html"),
                request("/health", "application/json"),
                request("/sparql?query=" + URLEncoder.encode(PROFILES, StandardCharsets.UTF_8), "text/csv"),
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginxPort + "/sparql")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PROFILES, StandardCharsets.UTF_8))).build());
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger answeredAfterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<String> lost = new CopyOnWriteArrayList<>();
        ExecutorService load = Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 4; t++) {
                int offset = t;
                load.submit(() -> {
                    for (int i = offset; !stop.get(); i++) {
                        HttpRequest req = mix.get(i % mix.size());
                        boolean after = killed.get();
                        try {
                            HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                answered.incrementAndGet();
                                if (after) {
                                    answeredAfterKill.incrementAndGet();
                                }
                            } else {
                                lost.add(req.method() + " " + req.uri().getPath() + " -> " + r.statusCode() + " " + r.body());
                            }
                        } catch (IOException e) {
                            lost.add(req.method() + " " + req.uri().getPath() + " -> " + e);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            await("100 answers before the kill", 120, () -> answered.get() >= 100 || !lost.isEmpty());
            ProcessHandle victim = ProcessHandle.of(replicaPids.get(0)).orElseThrow();
            killed.set(true);
            victim.destroyForcibly(); // SIGKILL: no goodbye, connections just break
            victim.onExit().completeOnTimeout(victim, 30, TimeUnit.SECONDS).join();
            assertFalse(victim.isAlive(), "replica 1 was killed");
            await("the health check reports replica 1 down and 300 more answers come", 120,
                    () -> output.contains("replica 1 down") && answeredAfterKill.get() >= 300 || !lost.isEmpty());
        } finally {
            stop.set(true);
            load.shutdown();
            if (!load.awaitTermination(90, TimeUnit.SECONDS)) {
                load.shutdownNow();
            }
        }
        assertEquals(List.of(), lost, "no request lost");
        assertTrue(output.contains("replica 1 down"), String.join("\n", output));
        assertTrue(answeredAfterKill.get() >= 300, answeredAfterKill + " answers after the kill");
        assertEquals(200, get("/health").statusCode(), "the other replica serves on");
    }

    private HttpRequest request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginxPort + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).GET().build();
    }

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginxPort + path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(path + ": " + e, e);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void await(String what, int seconds, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + seconds + " s for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
