package org.w3id.clusterpolicy.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.function.scripting.ScriptDenyException;
import org.apache.jena.web.HttpSC;
import org.w3id.clusterpolicy.query.FederatedServiceFailure;
import org.w3id.clusterpolicy.query.FederationPolicy;
import org.w3id.clusterpolicy.query.FederationRefusedException;
import org.w3id.clusterpolicy.query.QueryGuards;
import org.w3id.clusterpolicy.query.QueryLimitException;
import org.w3id.clusterpolicy.query.QueryLimits;
import org.w3id.clusterpolicy.query.QueryShape;
import org.w3id.clusterpolicy.query.QueryWatch;
import org.w3id.clusterpolicy.query.ResultLimit;
import org.w3id.clusterpolicy.store.RemoteStoreException;

/**
 * Fuseki's query operation with the federation policy and the query limits applied: a query
 * naming a {@code SERVICE} that is not allowed is a 400 before anything runs, and an allowed
 * endpoint that fails is a 502 with our message (the execution context, {@code QuerySandbox},
 * does the rest). A query whose text passes {@link QueryLimits} is a 400 before it is parsed; one
 * that would return more than the row limit, or hold more rows than allowed, is a 422 naming the
 * limit. A remote store that fails is a 502 (or, when it timed out or cut a result short, a 503 or
 * 422). Any other failure is a 500 in our words: no error message carries what a file or another
 * server said.
 */
class SandboxedQueryProcessor extends SPARQL_QueryDataset {
    static final int UNPROCESSABLE = 422;

    private final FederationPolicy federation;
    protected final QueryLimits limits;

    SandboxedQueryProcessor(FederationPolicy federation, QueryLimits limits) {
        this.federation = federation;
        this.limits = limits;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        try {
            federation.check(query);
        } catch (FederationRefusedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            QueryShape.check(queryString, limits);
            super.execute(queryString, action);
        } catch (QueryLimitException e) {
            ServletOps.error(e.beforeRunning() ? HttpSC.BAD_REQUEST_400 : UNPROCESSABLE, e.getMessage());
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("the query nests too deeply for this endpoint");
        } catch (FederationRefusedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        } catch (FederatedServiceFailure e) {
            ServletOps.error(HttpSC.BAD_GATEWAY_502, e.getMessage());
        } catch (ActionErrorException | QueryCancelledException | QueryDeniedException | ScriptDenyException e) {
            // Fuseki answers these itself, in its own words (timeout 503, denied 422, scripting off 400).
            throw e;
        } catch (RuntimeException e) {
            QueryWatch watch = QueryWatch.current();
            if (watch != null && watch.stopped()) {
                // stopped at the time limit (a remote store's connection closed under it): the client has its 503
                throw new QueryCancelledException();
            }
            RemoteStoreException remote = RemoteStoreException.in(e).orElse(null);
            if (remote != null) {
                KnowledgeGraphServer.LOG.warn("query [{}]: {}", action.id, remote.getMessage());
                ServletOps.error(RemoteFailures.status(remote), remote.getMessage());
            }
            // Fuseki would send the exception's own message, which may quote a file or a remote answer.
            KnowledgeGraphServer.LOG.error("query [{}] failed", action.id, e);
            ServletOps.errorOccurred("the query failed on the server (the error is logged)");
        }
    }

    /** The dataset as Fuseki decides it, and the query with REGEX and REPLACE that stop at the deadline. */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        return Pair.create(p.getLeft(), QueryGuards.guarded(p.getRight() != null ? p.getRight() : query));
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return QueryWatch.attachToCurrent(super.createQueryExec(action, query, dataset));
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        QueryExecResult r = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        if (r.isRowSet()) {
            return new QueryExecResult(ResultLimit.rows(r.rowSet(), limits.maxRows()));
        }
        if (r.isGraph()) {
            ResultLimit.triples(r.graph().size(), limits.maxRows());
        }
        if (r.isDataset()) {
            ResultLimit.triples(r.dataset().getDefaultGraph().size(), limits.maxRows());
        }
        return r;
    }
}
