package org.w3id.clusterpolicy.server;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.QueryCatalog;
import org.w3id.clusterpolicy.query.QueryRunner;
import org.w3id.clusterpolicy.store.DownloadFiles;
import org.w3id.clusterpolicy.store.ServedGraph;

/**
 * Everything the routes serve from, made once at start: the served graph (in this process or in a
 * remote store: the routes do not tell), the base of the resource IRIs, the download files, the
 * query catalogue and runner, the ontology graph and the query timeout.
 */
public record ServedData(ServedGraph store, String base, DownloadFiles downloads, QueryCatalog queries, QueryRunner runner,
                         Graph ontology, long timeoutMillis) {

    /** Every quad of the served data (for a remote store, a copy made on first use): for the descriptions. */
    public DatasetGraph dataset() {
        return store.dataset();
    }

    /** The default graph, which holds every triple, read by triple pattern (inside {@link #read}). */
    public Graph graph() {
        return store.graph();
    }

    /** Runs a read of the graph inside a read transaction where the store has them. */
    public <T> T read(Supplier<T> action) {
        return store.read(action);
    }

    /** The rows of a query (a canned one or a page's) with its parameters, run on the store within the timeout. */
    public RowSetRewindable rows(CannedQuery q, Map<String, String> values) {
        return read(() -> runner.run(q, values, store.newQuery(), timeoutMillis));
    }
}
