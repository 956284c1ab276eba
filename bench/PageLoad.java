import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A small load generator for pages of a server on this machine: for each path, CLIENTS clients
 * request it as a browser would (Accept: text/html), one request after another, for SECONDS
 * seconds after a short warm-up, and it prints requests per second and latencies. A benchmark,
 * not a test: it judges nothing. Only loopback addresses are accepted; every loop is bounded.
 *
 * <pre>java bench/PageLoad.java http://localhost:PORT CLIENTS SECONDS PATH...</pre>
 */
public final class PageLoad {
    private static final int MAX_REQUESTS_PER_CLIENT = 1_000_000;

    record Tally(long ok, long failed, List<Long> micros) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java bench/PageLoad.java http://localhost:PORT CLIENTS SECONDS PATH...");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(base.getHost()) && !base.getHost().startsWith("127.")) {
            System.err.println("PageLoad: only loopback addresses, not " + base.getHost());
            System.exit(2);
        }
        int clients = Integer.parseInt(args[1]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%d concurrent clients, %d s per page, after a %d s warm-up%n", clients, duration.toSeconds(), 3);
        for (int i = 3; i < args.length; i++) {
            URI uri = base.resolve(args[i]);
            run(http, uri, clients, Duration.ofSeconds(3));
            long start = System.nanoTime();
            Tally t = run(http, uri, clients, duration);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> m = new ArrayList<>(t.micros());
            Collections.sort(m);
            System.out.printf("%-40s %8.1f requests/s  (%d in %.1f s, %d failed)  latency ms: median %.1f, p95 %.1f, max %.1f%n",
                    args[i], t.ok() / seconds, t.ok(), seconds, t.failed(), at(m, 0.5), at(m, 0.95), at(m, 1.0));
        }
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)))) / 1000.0;
    }

    private static Tally run(HttpClient http, URI uri, int clients, Duration duration) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET().build();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<Tally>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    long ok = 0;
                    long failed = 0;
                    List<Long> micros = new ArrayList<>();
                    for (int n = 0; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < deadline; n++) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() == 200) {
                                ok++;
                                micros.add((System.nanoTime() - t0) / 1000);
                            } else {
                                failed++;
                            }
                        } catch (java.io.IOException e) {
                            failed++;
                        }
                    }
                    return new Tally(ok, failed, micros);
                }));
            }
            long ok = 0;
            long failed = 0;
            List<Long> micros = new ArrayList<>();
            for (Future<Tally> f : results) {
                Tally t = f.get();
                ok += t.ok();
                failed += t.failed();
                micros.addAll(t.micros());
            }
            return new Tally(ok, failed, micros);
        }
    }
}
