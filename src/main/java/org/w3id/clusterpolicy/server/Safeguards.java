package org.w3id.clusterpolicy.server;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.concurrent.Executors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.w3id.clusterpolicy.server.cache.CachingFilter;
import org.w3id.clusterpolicy.server.cache.ResponseCache;
import org.w3id.clusterpolicy.server.guard.EdgeFilter;
import org.w3id.clusterpolicy.server.guard.PublicLimits;
import org.w3id.clusterpolicy.server.guard.QueryGate;

/**
 * What makes the service fit for the public web, as filters any route opts into with one line of
 * the server builder: the edge rules for every path, {@link #cached()} for a GET route whose
 * answers may be kept, {@link #queries()} for a route that runs queries. {@link #configure} sets
 * up Jetty itself: pages, downloads and {@code /health} are served on virtual threads (a slow
 * reader holds no platform thread), responses are gzip-compressed for clients that accept it, and
 * a client must read a response at a minimum rate or be cut off.
 */
final class Safeguards implements AutoCloseable {
    /** The route that takes POST: the SPARQL endpoint. */
    static final String SPARQL = "/sparql";
    static final String CANNED = "/api/queries/";
    /** Bytes a second a client must at least read a response at (past the first seconds). */
    static final long MIN_READ_RATE = 1024;
    private static final long CACHE_BYTES = 64L * 1024 * 1024;
    private static final int MAX_AGE_SECONDS = 600;

    private final PublicLimits limits;
    private final ResponseCache cache;
    private final QueryGate gate;
    private final EdgeFilter edge;
    private final CachingFilter cached;

    /**
     * @param federating whether queries may reach remote endpoints: their answers then depend on more
     *                   than the graph, and SPARQL answers are not kept
     */
    Safeguards(PublicLimits limits, long timeoutMillis, ServedData data, boolean federating) {
        this.limits = limits;
        this.cache = new ResponseCache(() -> data.store().digest().checksum(), CACHE_BYTES, MAX_AGE_SECONDS, limits.trustProxy());
        this.gate = new QueryGate(limits, timeoutMillis, Safeguards::runsQuery, cache,
                req -> !federating || !req.getRequestURI().endsWith(SPARQL));
        this.edge = new EdgeFilter(Set.of(SPARQL), limits.trustProxy());
        this.cached = new CachingFilter(cache, limits.maxResponseBytes());
    }

    /** Methods, CORS and proxy headers: for every path. */
    Filter edge() {
        return edge;
    }

    /** Keeps the answers of a GET route. */
    Filter cached() {
        return cached;
    }

    /** Runs the queries of a route on the query executor, within the limits. */
    Filter queries() {
        return gate;
    }

    QueryGate gate() {
        return gate;
    }

    ResponseCache cache() {
        return cache;
    }

    static boolean runsQuery(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals(SPARQL)) {
            return "POST".equals(req.getMethod()) || req.getQueryString() != null && req.getParameter("query") != null;
        }
        return path.startsWith(CANNED) && path.length() > CANNED.length();
    }

    /** Sets up the Jetty server Fuseki built, before it starts. */
    void configure(FusekiServer fuseki) {
        Server jetty = fuseki.getJettyServer();
        if (jetty.getHandler() instanceof org.eclipse.jetty.ee11.servlet.ServletContextHandler context) {
            // form encoding makes a text up to three times longer
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxQueryBytes() * 3 + 1024));
        }
        if (jetty.getThreadPool() instanceof QueuedThreadPool pool) {
            pool.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        }
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setIdleTimeout(limits.writeTimeout().toMillis());
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setMinResponseDataRate(MIN_READ_RATE);
                }
            }
        }
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST"); // browser SPARQL clients such as YASGUI send POST
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }

    @Override
    public void close() {
        gate.close();
    }
}
