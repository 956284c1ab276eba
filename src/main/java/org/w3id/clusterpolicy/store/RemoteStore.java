package org.w3id.clusterpolicy.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * The served graph kept in a remote SPARQL 1.1 store (Fuseki, Virtuoso, GraphDB, ...): queries run
 * there, sent as {@code GET} (or as an HTML form when the URL would be too long; Virtuoso 7 never
 * answers a body of {@code application/sparql-query}), with the graph as {@code default-graph-uri}
 * when one is named. Pages read it by pattern through a {@link RemoteGraph}. The downloads, the
 * descriptions and the checksum in the ETags come from one copy of the whole graph, made with a
 * {@code CONSTRUCT} the first time one of them is asked for, and checked against the store's count
 * of its triples, so a store that cuts results short gives an error, never a short download.
 */
public final class RemoteStore implements ServedGraph {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Counting and copying a large graph may take a store much longer than one query may. */
    private static final Duration WHOLE_GRAPH_TIMEOUT = Duration.ofMinutes(10);
    private static final String COUNT = "SELECT (COUNT(*) AS ?triples) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }";
    private static final String LAST_RETRIEVED = "SELECT (MAX(STR(?day)) AS ?last) WHERE { ?document <" + Vocab.CPO + "retrieved> ?day }";
    /**
     * N-Triples first: every store writes it, and writes each term as it is, where Virtuoso 7's
     * Turtle shortens "4"^^xsd:decimal to 4, which reads back as an integer.
     */
    private static final String GRAPH_FORMATS = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8";
    private static final String EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";

    private final RemoteEndpoint endpoint;
    private final CheckedHttpClient client = new CheckedHttpClient(CONNECT_TIMEOUT);
    private final long triples;
    private final Instant modified;
    private final RemoteGraph graph;
    private DatasetGraph copy;
    private GraphDigest digest;

    private RemoteStore(RemoteEndpoint endpoint, long timeoutMillis) {
        this.endpoint = endpoint;
        try {
            this.triples = Long.parseLong(single(COUNT, "triples"));
            this.modified = lastRetrieved(single(LAST_RETRIEVED, "last"));
        } catch (RuntimeException e) {
            client.close();
            String why = RemoteStoreException.in(e).map(r -> r.getMessage().replace("the store behind this service", "it"))
                    .orElse("its answer to a SPARQL query is not a SPARQL result (is it the URL of a SPARQL endpoint?)");
            throw new BadInputException("--sparql-endpoint " + endpoint + ": " + why, e);
        }
        if (triples == 0) {
            client.close();
            throw new BadInputException("--sparql-endpoint " + endpoint + ": the " + (endpoint.graph() == null ? "default graph" : "graph")
                    + " holds no triples (load the dump with publish, or name the graph that holds it with --graph)");
        }
        this.graph = new RemoteGraph(this::newQuery, timeoutMillis, () -> triples);
    }

    /**
     * Connects to the store and counts the triples it serves, so that a wrong address or an empty
     * graph is one line at start, not an error on every page.
     *
     * @param timeoutMillis how long one pattern read of the pages may take
     */
    public static RemoteStore open(RemoteEndpoint endpoint, long timeoutMillis) {
        return new RemoteStore(endpoint, timeoutMillis);
    }

    @Override
    public QueryExecBuilder newQuery() {
        QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoint.url().toString())
                .httpClient(client)
                .sendMode(QuerySendMode.asGetWithLimitForm)
                .acceptHeaderGraph(GRAPH_FORMATS);
        if (endpoint.graph() != null) {
            b.addDefaultGraphURI(endpoint.graph());
        }
        return b;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    /** The copy of the whole graph, made on first use. */
    @Override
    public synchronized DatasetGraph dataset() {
        if (copy == null) {
            Graph g = GraphMemFactory.createDefaultGraph();
            try (QueryExec exec = newQuery().query(EVERYTHING).timeout(WHOLE_GRAPH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).build()) {
                exec.construct(g);
            }
            if (g.size() < triples) {
                throw new RemoteStoreException(RemoteStoreException.Kind.CUT_SHORT, "the store behind this service returned " + g.size()
                        + " of its " + triples + " triples for the copy the downloads are made from; its limit on result rows"
                        + " (Virtuoso: ResultSetMaxRows in virtuoso.ini) must be at least the size of the graph");
            }
            copy = DatasetGraphFactory.create(g);
        }
        return copy;
    }

    @Override
    public synchronized GraphDigest digest() {
        if (digest == null) {
            digest = GraphDigest.of(dataset());
        }
        return digest;
    }

    @Override
    public long size() {
        return triples;
    }

    @Override
    public Instant modified() {
        return modified;
    }

    @Override
    public String kind() {
        return "sparql-endpoint";
    }

    public RemoteEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        client.close();
    }

    /** The one value of a one-row query, as text ("" when unbound). */
    private String single(String query, String var) {
        try (QueryExec exec = newQuery().query(QueryFactory.create(query)).timeout(WHOLE_GRAPH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            if (!rows.hasNext()) {
                return "";
            }
            Binding b = rows.next();
            Node n = b.get(var);
            return n == null || !n.isLiteral() ? "" : n.getLiteralLexicalForm();
        }
    }

    /** The start of the last day a source was retrieved on, the same for every server over the same graph. */
    private static Instant lastRetrieved(String day) {
        try {
            return day.length() >= 10 ? LocalDate.parse(day.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.EPOCH;
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
