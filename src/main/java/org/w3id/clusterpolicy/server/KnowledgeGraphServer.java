package org.w3id.clusterpolicy.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
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
import org.w3id.clusterpolicy.query.QuerySandbox;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.store.DownloadFiles;
import org.w3id.clusterpolicy.store.GraphStore;

/**
 * The service: Apache Jena Fuseki with a read-only SPARQL query endpoint at {@code /sparql}
 * (timeout, CORS on, no update, no Graph Store Protocol, no admin routes, no SERVICE unless an
 * operator allowed the endpoint, no function that loads classes) and the project's routes beside it. This is the one place that builds the Fuseki server.
 */
public final class KnowledgeGraphServer implements AutoCloseable {
    static final Logger LOG = LoggerFactory.getLogger("cluster-policy-kg");

    private final FusekiServer fuseki;
    private final ServedData data;
    private final Path temporaryDownloads;
    private boolean closed;

    private KnowledgeGraphServer(FusekiServer fuseki, ServedData data, Path temporaryDownloads) {
        this.fuseki = fuseki;
        this.data = data;
        this.temporaryDownloads = temporaryDownloads;
    }

    public static KnowledgeGraphServer start(ServeOptions options, String version) {
        GraphStore store = options.tdb2() != null ? GraphStore.tdb2(options.tdb2(), options.data()) : GraphStore.inMemory(options.data());
        Path downloads = options.downloadsFolder();
        Path temporary = null;
        try {
            if (downloads == null) {
                temporary = Files.createTempDirectory("cluster-policy-kg-downloads");
                downloads = temporary;
            }
            Instant modified = options.data() != null && Files.exists(options.data())
                    ? Files.getLastModifiedTime(options.data()).toInstant() : Instant.now();
            OntologyConcepts concepts = new OntologyConcepts();
            ServedData data = new ServedData(store, options.base(),
                    DownloadFiles.make(store.dataset(), options.base(), downloads, modified),
                    QueryCatalog.load(), new QueryRunner(CountryTable.load(), concepts.notations("PolicyStatusScheme")),
                    OntologyConcepts.load(List.of(OntologyConcepts.FILES.get(0))), options.timeout().toMillis(), modified);
            FusekiServer fuseki = build(options, data, version, concepts).start();
            return new KnowledgeGraphServer(fuseki, data, temporary);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static FusekiServer build(ServeOptions options, ServedData data, String version, OntologyConcepts concepts) {
        Context context = QuerySandbox.context(options.federation());
        context.set(ARQ.queryTimeout, Long.toString(data.timeoutMillis()));
        // Query only: with no update or graph-store operation, Fuseki refuses writes with a 4xx.
        Endpoint query = Endpoint.create().operation(Operation.Query).endpointName("").context(context).build();
        DataService service = DataService.newBuilder(data.dataset()).addEndpoint(query).build();
        HtmlPages views = new HtmlPages(data, version);
        List<String> downloadNames = data.downloads().files().stream().map(f -> f.fileName()).toList();
        return FusekiServer.create()
                .port(options.port())
                .enableCors(true, null)
                .registerOperation(Operation.Query, new SandboxedQueryProcessor(options.federation()))
                .add("/sparql", service)
                .addFilter("/*", new RequestLogFilter())
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
        fuseki.stop();
        data.store().close();
        if (temporaryDownloads != null) {
            try (Stream<Path> files = Files.walk(temporaryDownloads)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.warn("could not remove {}: {}", temporaryDownloads, e.getMessage());
            }
        }
    }
}
