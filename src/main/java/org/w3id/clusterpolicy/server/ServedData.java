package org.w3id.clusterpolicy.server;

import java.time.Instant;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.clusterpolicy.query.QueryCatalog;
import org.w3id.clusterpolicy.query.QueryRunner;
import org.w3id.clusterpolicy.store.DownloadFiles;
import org.w3id.clusterpolicy.store.GraphStore;

/**
 * Everything the routes serve from, made once at start: the store, the base of the resource
 * IRIs, the download files, the query catalogue and runner, the ontology graph, the query timeout
 * and the time the data was last modified.
 */
public record ServedData(GraphStore store, String base, DownloadFiles downloads, QueryCatalog queries, QueryRunner runner,
                         Graph ontology, long timeoutMillis, Instant modified) {

    public DatasetGraph dataset() {
        return store.dataset();
    }

    /** Runs a read of the dataset inside a read transaction (TDB2 needs one; memory accepts one). */
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(store.dataset(), action);
    }
}
