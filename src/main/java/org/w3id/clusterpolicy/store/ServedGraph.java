package org.w3id.clusterpolicy.store;

import java.time.Instant;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * The graph the service answers from, wherever it is kept: in this process ({@link GraphStore}, in
 * memory or TDB2) or in a remote SPARQL 1.1 store ({@link RemoteStore}). The service reads it in
 * three ways, and only through this interface:
 * <ul>
 * <li>whole SPARQL queries ({@link #newQuery}): canned queries, the queries behind the pages, and
 * (in process) the endpoint's own; a remote store runs them itself;</li>
 * <li>triple patterns on the default graph ({@link #graph}), which holds every triple: labels and
 * statements on the pages, the resources {@code /id/} describes;</li>
 * <li>every quad at once ({@link #dataset}): the downloads, the descriptions and the checksum in the
 * ETags.</li>
 * </ul>
 * The graph does not change while it is served. Reads of {@link #graph} and {@link #dataset} happen
 * inside {@link #read}; queries need no transaction around them. The server owns the store and
 * closes it when it stops.
 */
public interface ServedGraph extends AutoCloseable {

    /** A new query over the served data: the caller sets the query, its context and timeout, builds and closes it. */
    QueryExecBuilder newQuery();

    /** The default graph, for reading by triple pattern. */
    Graph graph();

    /** Every quad: the store's own dataset, or a copy made the first time it is asked for (a remote store). */
    DatasetGraph dataset();

    /** Runs a read of {@link #graph} or {@link #dataset} inside a read transaction where the store has them. */
    default <T> T read(Supplier<T> action) {
        return action.get();
    }

    /** Triples of the default graph. */
    default long size() {
        return read(() -> graph().size());
    }

    /** The content digest of the served data, for the ETags (the same data gives the same digest). */
    GraphDigest digest();

    /** When the served data last changed: the dump file's time, or the last retrieval of a source the graph records. */
    Instant modified();

    /** How the data came to be served, one word for logs and {@code /health}: memory, tdb2-loaded, tdb2-reopened, sparql-endpoint. */
    String kind();

    @Override
    void close();
}
