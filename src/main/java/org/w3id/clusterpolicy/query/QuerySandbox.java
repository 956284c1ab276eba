package org.w3id.clusterpolicy.query;

import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The execution context for queries a client sends: the query can read the dataset and nothing
 * else. {@code SERVICE} reaches only the endpoints the {@link FederationPolicy} allows (none by
 * default), through an HTTP client that never follows a redirect; functions and property
 * functions are limited to those registered and Jena's own libraries. {@code FROM} and
 * {@code FROM NAMED} need nothing here: they select graphs of the dataset and never dereference.
 */
public final class QuerySandbox {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private QuerySandbox() {}

    /** A fresh context carrying the sandbox settings; callers add their own (e.g. the timeout). */
    public static Context context(FederationPolicy policy) {
        Context context = new Context();
        context.set(ARQ.httpServiceAllowed, policy.federationEnabled());
        ServiceExecutorRegistry services = new ServiceExecutorRegistry();
        ServiceExecutorRegistry.initWithDefaults(services);
        services.addSingleLink(new AllowListServiceExecutor(policy));
        ServiceExecutorRegistry.set(context, services);
        context.set(ARQ.httpQueryClient, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .build());
        FunctionRegistry.set(context, ClosedFunctionRegistry.copyOf(FunctionRegistry.get()));
        PropertyFunctionRegistry.set(context, ClosedPropertyFunctionRegistry.copyOf(PropertyFunctionRegistry.get()));
        return context;
    }
}
