package org.w3id.clusterpolicy.server;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.clusterpolicy.describe.DcatCatalog;
import org.w3id.clusterpolicy.describe.OpenApiDescription;
import org.w3id.clusterpolicy.describe.ServiceDescription;
import org.w3id.clusterpolicy.describe.VoidDescription;
import org.w3id.clusterpolicy.lang.CountryTable;
import org.w3id.clusterpolicy.query.QueryCatalog;
import org.w3id.clusterpolicy.query.QueryRunner;
import org.w3id.clusterpolicy.query.QueryGuards;
import org.w3id.clusterpolicy.query.QuerySandbox;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.store.DownloadFiles;
import org.w3id.clusterpolicy.store.GraphStore;
import org.w3id.clusterpolicy.store.RemoteStore;
import org.w3id.clusterpolicy.store.ServedGraph;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * The service: Apache Jena Fuseki with a read-only SPARQL query endpoint at {@code /sparql}
 * (timeout, CORS on, no update, no Graph Store Protocol, no admin routes, no SERVICE unless an
 * operator allowed the endpoint, no function that loads classes) and the project's routes beside it. This is the one place that builds the Fuseki server.
 * The graph is a {@link ServedGraph}: in this process, or in a remote SPARQL store, to which the
 * endpoint then forwards the queries it takes ({@link ForwardingQueryProcessor}); the routes read
 * either the same way.
 */
public final class KnowledgeGraphServer implements AutoCloseable {
    static final Logger LOG = LoggerFactory.getLogger("cluster-policy-kg");
    private static final long BACKSTOP_MILLIS = 1000;

    private final FusekiServer fuseki;
    private final ServedData data;
    private final TemporaryFolder downloads;
    private final Safeguards safeguards;
    private boolean closed;

    private KnowledgeGraphServer(FusekiServer fuseki, ServedData data, TemporaryFolder downloads, Safeguards safeguards) {
        this.fuseki = fuseki;
        this.data = data;
        this.downloads = downloads;
        this.safeguards = safeguards;
    }

    public static KnowledgeGraphServer start(ServeOptions options, String version) {
        ServedGraph store = open(options);
        // The downloads are written on first use, into the given folder or a temporary one made then.
        TemporaryFolder temporary = new TemporaryFolder("cluster-policy-kg-downloads");
        Path given = options.downloadsFolder();
        try {
            OntologyConcepts concepts = new OntologyConcepts();
            ServedData data = new ServedData(store, options.base(),
                    DownloadFiles.lazy(store, options.base(), given != null ? () -> given : temporary::path),
                    QueryCatalog.lazy(), new QueryRunner(CountryTable.load(), concepts.notations("PolicyStatusScheme")),
                    OntologyConcepts.load(List.of(OntologyConcepts.FILES.get(0))), options.timeout().toMillis());
            Safeguards safeguards = new Safeguards(options.limits(), options.timeout().toMillis(), data, options.federation().federationEnabled());
            FusekiServer fuseki = build(options, data, version, concepts, safeguards);
            safeguards.configure(fuseki);
            try {
                fuseki.start();
            } catch (RuntimeException e) {
                fuseki.stop();
                safeguards.close();
                throw busyPort(e, options.port()) ? new BadInputException("port " + options.port()
                        + " is in use by another program; choose another with --port PORT or the PORT environment variable (0 picks a free one)") : e;
            }
            // What the first answer did not need is read now, after it, on a thread of its own.
            Thread.startVirtualThread(() -> data.queries().names());
            return new KnowledgeGraphServer(fuseki, data, temporary, safeguards);
        } catch (RuntimeException e) {
            store.close();
            temporary.delete();
            throw e;
        }
    }

    /** The store the options name: a remote SPARQL endpoint, a TDB2 database, or the dump in memory. */
    private static ServedGraph open(ServeOptions options) {
        if (options.endpoint() != null) {
            return RemoteStore.open(options.endpoint(), options.timeout().toMillis());
        }
        return options.tdb2() != null ? GraphStore.tdb2(options.tdb2(), options.data()) : GraphStore.inMemory(options.data());
    }

    private static boolean busyPort(Throwable e, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return port != 0;
            }
        }
        return false;
    }

    private static FusekiServer build(ServeOptions options, ServedData data, String version, OntologyConcepts concepts, Safeguards guards) {
        Context context = QuerySandbox.context(options.federation());
        // Jena's own timeout is a backstop: the query gate stops a query at the limit, and answers first.
        context.set(ARQ.queryTimeout, Long.toString(data.timeoutMillis() + BACKSTOP_MILLIS));
        QueryGuards.bound(context, options.limits().query());
        // Query only: with no update or graph-store operation, Fuseki refuses writes with a 4xx.
        Endpoint query = Endpoint.create().operation(Operation.Query).endpointName("").context(context).build();
        // A remote store answers the endpoint's queries itself: Fuseki then holds no data of its own.
        boolean remote = data.store() instanceof RemoteStore;
        DataService service = DataService.newBuilder(remote ? DatasetGraphFactory.empty() : data.dataset()).addEndpoint(query).build();
        SandboxedQueryProcessor queries = remote
                ? new ForwardingQueryProcessor(options.federation(), options.limits().query(), data.store(), data.timeoutMillis())
                : new SandboxedQueryProcessor(options.federation(), options.limits().query());
        HtmlPages views = new HtmlPages(data, version);
        List<String> downloadNames = DownloadFiles.OFFERS.stream().map(DownloadFiles.Offer::fileName).toList();
        return FusekiServer.create()
                .port(options.port())
                .enableCors(false) // the edge filter answers CORS: "*" without credentials
                .registerOperation(Operation.Query, queries)
                .add("/sparql", service)
                .addFilter("/*", new RequestLogFilter())
                .addFilter("/*", guards.edge())
                .addFilter("/sparql", guards.queries())
                .addFilter("/api/queries/*", guards.queries())
                .addFilter("/api/queries", guards.cached())
                .addFilter("/api/openapi.json", guards.cached())
                .addFilter("/id/*", guards.cached())
                .addFilter("/ontology", guards.cached())
                .addFilter("/catalog", guards.cached())
                .addFilter("/.well-known/void", guards.cached())
                .addFilter("/map", guards.cached())
                .addFilter("/report", guards.cached())
                .addFilter("/report.json", guards.cached())
                .addFilter("/static/*", guards.cached())
                .addFilter("/query/*", guards.cached())
                .addFilter("/search", guards.cached())
                .addFilter("/sparql", new SparqlFrontFilter(data, urls -> ServiceDescription.describe(data.dataset(), urls)))
                .addServlet("/health", new HealthRoute(data, version))
                .addServlet("/api/queries", new QueryApiRoute(data, views))
                .addServlet("/api/queries/*", new QueryApiRoute(data, views))
                .addServlet("/api/openapi.json", new JsonRoute(data, (urls, lang) -> OpenApiDescription.describe(
                        data.queries().all().stream().map(q -> q.in(lang)).toList(), urls, version, concepts.notations("PolicyStatusScheme"), downloadNames)))
                .addServlet("/download", new DownloadRoute(data, views::downloads))
                .addServlet("/download/*", new DownloadRoute(data, views::downloads))
                .addServlet("/id/*", new ResourceRoute(data, views))
                .addServlet("/ontology", new OntologyRoute(data, views))
                .addServlet("/ontology/*", new OntologyRoute(data, views))
                .addServlet("/catalog", new DescriptionRoute(data, urls -> DcatCatalog.describe(data.dataset(), data.downloads().files(), urls)))
                .addServlet("/.well-known/void", new DescriptionRoute(data, urls -> VoidDescription.describe(data.dataset(), data.downloads().files(), urls)))
                .addServlet("/static/*", new StaticRoute(data, views))
                .addServlet("/query/*", new EditorRoute(data, views))
                .addServlet("/map", new MapRoute(data, views))
                .addServlet("/search", new SearchRoute(data, views))
                .addServlet("/report", new ReportRoute(data, views, options.conversionReport()))
                .addServlet("/report.json", new ReportRoute(data, views, options.conversionReport()))
                .addServlet("", new HomeRoute(data, views))
                .build();
    }

    /** The limits, answer cache and query executor in front of the routes (tests look at them). */
    Safeguards safeguards() {
        return safeguards;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    public ServedData data() {
        return data;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops serving, closes the store, removes temporary files. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        safeguards.close();
        fuseki.stop();
        data.store().close();
        downloads.delete();
    }
}
