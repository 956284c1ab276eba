package org.w3id.clusterpolicy.server;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.function.scripting.ScriptDenyException;
import org.apache.jena.web.HttpSC;
import org.w3id.clusterpolicy.query.FederatedServiceFailure;
import org.w3id.clusterpolicy.query.FederationPolicy;
import org.w3id.clusterpolicy.query.FederationRefusedException;

/**
 * Fuseki's query operation with the federation policy applied: a query naming a {@code SERVICE}
 * that is not allowed is a 400 before anything runs, and an allowed endpoint that fails is a 502
 * with our message (the execution context, {@code QuerySandbox}, does the rest). Any other
 * failure is a 500 in our words: no error message carries what a file or another server said.
 */
final class SandboxedQueryProcessor extends SPARQL_QueryDataset {
    private final FederationPolicy federation;

    SandboxedQueryProcessor(FederationPolicy federation) {
        this.federation = federation;
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
            super.execute(queryString, action);
        } catch (FederationRefusedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        } catch (FederatedServiceFailure e) {
            ServletOps.error(HttpSC.BAD_GATEWAY_502, e.getMessage());
        } catch (ActionErrorException | QueryCancelledException | QueryDeniedException | ScriptDenyException e) {
            // Fuseki answers these itself, in its own words (timeout 503, denied 422, scripting off 400).
            throw e;
        } catch (RuntimeException e) {
            // Fuseki would send the exception's own message, which may quote a file or a remote answer.
            KnowledgeGraphServer.LOG.error("query [{}] failed", action.id, e);
            ServletOps.errorOccurred("the query failed on the server (the error is logged)");
        }
    }
}
