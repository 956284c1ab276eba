package org.w3id.clusterpolicy.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The first link of the SERVICE executor chain: a service the {@link FederationPolicy} does not
 * allow is refused before any connection is opened (even when the query was checked before, a
 * service IRI can still come from a binding at run time); an allowed one runs through the rest of
 * the chain, and whatever goes wrong there is reported in our words only.
 */
final class AllowListServiceExecutor implements ChainingServiceExecutor {
    private final FederationPolicy policy;

    AllowListServiceExecutor(FederationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt, ServiceExecutor chain) {
        if (!policy.allows(opExecute.getService())) {
            throw new FederationRefusedException(policy.refusal(opExecute.getService()));
        }
        String endpoint = opExecute.getService().getURI();
        // Read the remote rows here, inside the try, so that no failure while reading them can
        // escape later with the remote server's words in its message.
        List<Binding> rows = new ArrayList<>();
        try {
            QueryIterator remote = chain.createExecution(opExecute, opOriginal, binding, execCxt);
            try {
                remote.forEachRemaining(rows::add);
            } finally {
                remote.close();
            }
        } catch (QueryCancelledException | FederationRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            int status = e instanceof QueryExceptionHTTP http ? http.getStatusCode() : -1;
            throw new FederatedServiceFailure("SERVICE <" + endpoint + "> failed: "
                    + (status >= 300 && status < 400 ? "it answered with a redirect (HTTP " + status + "), which this endpoint does not follow"
                    : status > 0 ? "it answered with HTTP status " + status
                    : "it could not be reached or did not answer with SPARQL results"));
        }
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }
}
