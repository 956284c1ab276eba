package org.w3id.clusterpolicy.server;

import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.w3id.clusterpolicy.query.FederationPolicy;
import org.w3id.clusterpolicy.query.ForwardedQueries;
import org.w3id.clusterpolicy.query.QueryLimitException;
import org.w3id.clusterpolicy.query.QueryLimits;
import org.w3id.clusterpolicy.query.QueryWatch;
import org.w3id.clusterpolicy.query.ResultLimit;
import org.w3id.clusterpolicy.store.ServedGraph;

/**
 * The query operation when the graph is kept in a remote store: a client's query passes the same
 * checks as on the embedded store (its size and shape, {@code SERVICE} only to allowed endpoints,
 * then {@link ForwardedQueries}: SPARQL 1.1 only, no store-specific functions, no {@code FROM}),
 * and is sent to the store as Jena prints it from the parsed query, within the timeout. The
 * answer comes back through the same limits (rows, size, time) and in the format the client asked
 * for, as Fuseki writes it; an answer the store cut short is an error, never a short result.
 */
final class ForwardingQueryProcessor extends SandboxedQueryProcessor {
    private final ServedGraph store;
    private final long timeoutMillis;

    ForwardingQueryProcessor(FederationPolicy federation, QueryLimits limits, ServedGraph store, long timeoutMillis) {
        super(federation, limits);
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (action.getRequestParameter(HttpNames.paramDefaultGraphURI) != null || action.getRequestParameter(HttpNames.paramNamedGraphURI) != null) {
            ServletOps.errorBadRequest("default-graph-uri and named-graph-uri are not supported here: this endpoint answers from one graph");
        }
        try {
            ForwardedQueries.check(query);
        } catch (QueryLimitException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
    }

    /** The query as it is: the store, not Fuseki, chooses the data. */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        return Pair.create(action.getActiveDSG(), query);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph ignored) {
        return QueryWatch.attachToCurrent(store.newQuery().query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build());
    }

    /** A CONSTRUCT comes back as a graph: stores answer it in triple formats, not as a dataset. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (requestQuery.isConstructType()) {
            Graph g = queryExec.construct();
            ResultLimit.triples(g.size(), limits.maxRows());
            return new QueryExecResult(DatasetGraphFactory.wrap(g));
        }
        return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    }
}
