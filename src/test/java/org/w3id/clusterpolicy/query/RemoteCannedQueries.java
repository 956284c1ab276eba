package org.w3id.clusterpolicy.query;

import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * Runs the recorded canned-query cases against a SPARQL 1.1 endpoint over HTTP: each case's query
 * with its parameters in place ({@link QueryRunner#bound}), sent as an HTML form POST (the one
 * request form every store takes: Virtuoso 7 never answers a POST of application/sparql-query).
 *
 * @param defaultGraph the graph to query as default graph ({@code default-graph-uri}), or null
 */
public record RemoteCannedQueries(String endpoint, String defaultGraph) {
    private static final QueryCatalog CATALOG = QueryCatalog.load();
    private static final QueryRunner RUNNER = CannedQueryCases.runner();
    /** A store that hangs on a query fails the case instead of the whole run. */
    private static final long TIMEOUT_SECONDS = 60;

    /** The rows of one case on the endpoint, as W3C SPARQL CSV. */
    public String csv(CannedQueryCases.Case c) {
        CannedQuery q = CATALOG.get(c.query()).orElseThrow(() -> new AssertionError("no canned query " + c.query()));
        QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoint)
                .sendMode(QuerySendMode.asPostForm)
                .query(RUNNER.bound(q, c.params()).serialize())
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (defaultGraph != null) {
            b.addDefaultGraphURI(defaultGraph);
        }
        try (QueryExec exec = b.build()) {
            return CannedQueryCases.csv(exec.select().rewindable());
        }
    }
}
