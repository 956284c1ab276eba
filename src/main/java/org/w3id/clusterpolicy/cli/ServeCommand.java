package org.w3id.clusterpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.w3id.clusterpolicy.convert.ConversionOptions;
import org.w3id.clusterpolicy.convert.Converter;
import org.w3id.clusterpolicy.convert.Freshness;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.query.FederationPolicy;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.KnowledgeGraphServer;
import org.w3id.clusterpolicy.server.ServeOptions;
import org.w3id.clusterpolicy.server.guard.PublicLimits;
import org.w3id.clusterpolicy.source.BadInputException;
import org.w3id.clusterpolicy.store.RemoteEndpoint;

/**
 * {@code serve}: the main job. Converts the sources first when the dumps are missing or older than
 * them (only for the default data), then serves the graph until stopped (SIGTERM stops it cleanly);
 * or serves the graph a remote SPARQL store keeps ({@code --sparql-endpoint}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Serves the graph: SPARQL endpoint, canned-query API, downloads, resource pages, DCAT-AP, VoID, Service Description.")
final class ServeCommand implements Callable<Integer> {
    static final Path DEFAULT_DATA = Path.of("data", "cluster-policy.trig");

    /** What the start banner lists: name and path of each route. */
    private static final String[][] ROUTES = {
        {"home", "/"}, {"SPARQL endpoint", "/sparql"}, {"query editor", "/query"}, {"canned queries", "/api/queries"}, {"OpenAPI", "/api/openapi.json"},
        {"map", "/map"}, {"lists", "/id/"}, {"search", "/search?q=cluster"}, {"conversion report", "/report"},
        {"downloads", "/download/"}, {"resources", "/id/profile/germany"}, {"ontology", "/ontology"},
        {"DCAT-AP catalogue", "/catalog"}, {"VoID", "/.well-known/void"}, {"health", "/health"}};

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: the PORT environment variable, else 3030; 0 picks a free port).")
    Integer port;

    @Option(names = "--data", paramLabel = "FILE", description = "The dump to serve. Default: data/cluster-policy.trig, converted from data/source/ first when missing or older than the sources.")
    Path data;

    @Option(names = "--tdb2", paramLabel = "DIR", description = "Keep the graph in a persistent TDB2 database in DIR: loaded on the first start, reopened on the next.")
    Path tdb2;

    @Option(names = "--sparql-endpoint", paramLabel = "URL",
            description = "Serve the graph a remote SPARQL 1.1 store keeps (load it there with publish) instead of a dump: every route reads it, and /sparql forwards queries to it under the same limits.")
    URI sparqlEndpoint;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "With --sparql-endpoint: the named graph of the store that holds the graph (sent as default-graph-uri). Default: the store's default graph.")
    URI graph;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Vocab.DEFAULT_BASE, description = "Base of the resource IRIs that /id/ dereferences. Default: ${DEFAULT-VALUE}.")
    String base;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Queries running longer are cancelled. Default: ${DEFAULT-VALUE}.")
    int timeout;

    @Option(names = "--allow-service", paramLabel = "IRI",
            description = "Let SPARQL queries reach this remote endpoint through SERVICE (exact IRI; repeatable). Default: none, and a query with SERVICE gets 400.")
    List<URI> allowedServices = new ArrayList<>();

    @Option(names = "--max-concurrent-per-client", paramLabel = "N", defaultValue = "4",
            description = "Queries one client may run at once; more get 429 with Retry-After. Default: ${DEFAULT-VALUE}.")
    int maxConcurrentPerClient;

    @Option(names = "--trust-proxy", description = "Behind a reverse proxy: take the client from the first X-Forwarded-For hop and links from X-Forwarded-Host/-Proto (ignored otherwise).")
    boolean trustProxy;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "A result with more rows (or triples) is an error naming the limit, never cut silently. Default: ${DEFAULT-VALUE}.")
    long maxRows;

    @Option(names = "--max-query-bytes", paramLabel = "BYTES", defaultValue = "102400",
            description = "Longer query texts and request bodies get 413 before they are read further. Default: ${DEFAULT-VALUE}.")
    long maxQueryBytes;

    @Option(names = "--query-threads", paramLabel = "N", description = "Threads that run queries (default: the number of cores, at least 2).")
    Integer queryThreads;

    @Option(names = "--warm-up-and-stop",
            description = "Start, send one request to every route, then stop: exit 0 when each got a 200. The build runs this once to record the JVM's ahead-of-time cache.")
    boolean warmUpAndStop;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int p = port != null ? port : portFromEnvironment();
        if (p < 0 || p > 65535) {
            throw new BadInputException("--port: " + p + " is not a port number (0-65535)");
        }
        if (timeout <= 0) {
            throw new BadInputException("--timeout: must be a positive number of seconds, not " + timeout);
        }
        FederationPolicy federation = federationPolicy();
        PublicLimits limits = limits();
        RemoteEndpoint endpoint = endpoint();
        Path file = endpoint != null ? null : data != null ? data : defaultData(out);
        ServeOptions options = new ServeOptions(p, file, tdb2, base, Duration.ofSeconds(timeout), null, federation).withLimits(limits);
        KnowledgeGraphServer server = KnowledgeGraphServer.start(endpoint != null ? options.withEndpoint(endpoint) : options, Version.get());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("Stopped.");
            out.flush();
        }, "shutdown"));
        String url = server.url();
        out.println("Cluster Policy KG " + Version.get() + " serves " + (endpoint != null ? endpoint : file) + " (" + server.data().store().kind()
                + ", " + server.data().store().size() + " triples, query timeout " + timeout + " s):");
        for (String[] route : ROUTES) {
            out.printf("  %-18s %s%s%n", route[0], url, route[1]);
        }
        out.printf("  limits: %d queries at once per client%s, %d result rows, %d-byte queries, %d query threads%n", limits.maxConcurrentPerClient(),
                limits.trustProxy() ? " (client from X-Forwarded-For)" : "", limits.query().maxRows(), limits.maxQueryBytes(), limits.queryThreads());
        out.println("  contents           " + org.w3id.clusterpolicy.server.GraphCounts.line(server.data()) + " (as the home page counts them)");
        out.println(federation.federationEnabled()
                ? "  SERVICE may reach only: " + String.join(", ", federation.allowedEndpoints().stream().sorted().toList())
                : "  SERVICE (federated queries) is disabled");
        out.flush();
        if (warmUpAndStop) {
            List<String> failures = WarmUp.run(url, out);
            server.close();
            return failures.isEmpty() ? 0 : 70;
        }
        server.join();
        return 0;
    }

    /** The remote store to serve from, checked: an absolute http(s) URL, and no dump or TDB2 folder beside it. */
    private RemoteEndpoint endpoint() {
        if (sparqlEndpoint == null) {
            if (graph != null) {
                throw new BadInputException("--graph: names a graph of the store given with --sparql-endpoint, which is missing");
            }
            return null;
        }
        if (data != null || tdb2 != null) {
            throw new BadInputException("--sparql-endpoint: the graph comes from the remote store, so --data and --tdb2 do not apply");
        }
        if (!httpUrl(sparqlEndpoint)) {
            throw new BadInputException("--sparql-endpoint: '" + sparqlEndpoint + "' is not an absolute http or https URL");
        }
        if (graph != null && !graph.isAbsolute()) {
            throw new BadInputException("--graph: '" + graph + "' is not an absolute IRI");
        }
        return new RemoteEndpoint(sparqlEndpoint, graph == null ? null : graph.toString());
    }

    private static boolean httpUrl(URI u) {
        String scheme = u.getScheme();
        return u.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && u.getHost() != null;
    }

    private PublicLimits limits() {
        if (maxConcurrentPerClient < 1) {
            throw new BadInputException("--max-concurrent-per-client: must be at least 1, not " + maxConcurrentPerClient);
        }
        if (maxRows < 1) {
            throw new BadInputException("--max-rows: must be at least 1, not " + maxRows);
        }
        if (maxQueryBytes < 64 || maxQueryBytes > 64L * 1024 * 1024) {
            throw new BadInputException("--max-query-bytes: must be between 64 and 67108864, not " + maxQueryBytes);
        }
        if (queryThreads != null && (queryThreads < 1 || queryThreads > 256)) {
            throw new BadInputException("--query-threads: must be between 1 and 256, not " + queryThreads);
        }
        PublicLimits d = PublicLimits.DEFAULT;
        return new PublicLimits(maxConcurrentPerClient, trustProxy, queryThreads != null ? queryThreads : d.queryThreads(), d.queryQueue(),
                maxQueryBytes, d.maxResponseBytes(), d.writeTimeout(), d.query().withMaxRows(maxRows));
    }

    private FederationPolicy federationPolicy() {
        Set<String> endpoints = new TreeSet<>();
        for (URI endpoint : allowedServices) {
            if (!httpUrl(endpoint)) {
                throw new BadInputException("--allow-service: '" + endpoint + "' is not an absolute http or https IRI");
            }
            endpoints.add(endpoint.toString());
        }
        return new FederationPolicy(endpoints);
    }

    private static int portFromEnvironment() {
        String env = System.getenv("PORT");
        if (env == null || env.isBlank()) {
            return 3030;
        }
        try {
            return Integer.parseInt(env.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("PORT: '" + env + "' is not a port number");
        }
    }

    /** The default dump, converted first when it is missing or older than the sources. */
    private static Path defaultData(PrintWriter out) {
        Path sources = ConversionOptions.DEFAULT_SOURCE_FOLDER;
        if (!Files.isDirectory(sources)) {
            if (Files.isRegularFile(DEFAULT_DATA)) {
                return DEFAULT_DATA;
            }
            throw new BadInputException(DEFAULT_DATA + ": no such file, and no " + sources + " to convert (run from the project folder or give --data)");
        }
        List<Path> files = ConversionOptions.defaultSources(sources);
        if (Freshness.stale(ConversionOptions.DEFAULT_OUTPUT_FOLDER, files)) {
            out.println("The dumps are missing or older than the sources: converting " + sources + " first.");
            var result = new Converter(LanguageRegistry.load(), new OntologyConcepts(), Version.get())
                    .convert(new ConversionOptions(files, null, ConversionOptions.DEFAULT_OUTPUT_FOLDER, Vocab.DEFAULT_BASE));
            ConvertCommand.printSummary(out, result);
        }
        return DEFAULT_DATA;
    }
}
