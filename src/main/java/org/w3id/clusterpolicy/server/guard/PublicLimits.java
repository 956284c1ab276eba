package org.w3id.clusterpolicy.server.guard;

import java.time.Duration;
import org.w3id.clusterpolicy.query.QueryLimits;

/**
 * The limits that keep a public endpoint answering everyone: queries at once per client
 * ({@code maxConcurrentPerClient}; the client is the remote address, or the first
 * {@code X-Forwarded-For} hop when {@code trustProxy}), the threads that run queries and how many
 * may wait for one, the size of a query text or request body, the size of a response held in
 * memory, the time a client may take to read a response, and the limits of one query.
 */
public record PublicLimits(int maxConcurrentPerClient, boolean trustProxy, int queryThreads, int queryQueue,
                           long maxQueryBytes, long maxResponseBytes, Duration writeTimeout, QueryLimits query) {

    /**
     * Query threads: more than one client's share, so that a client running its most leaves threads
     * to others (the operating system shares the cores between them).
     */
    public static final PublicLimits DEFAULT = new PublicLimits(4, false, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()), 64,
            100 * 1024, 64L * 1024 * 1024, Duration.ofSeconds(60), QueryLimits.DEFAULT);

    public PublicLimits withTrustProxy(boolean trust) {
        return new PublicLimits(maxConcurrentPerClient, trust, queryThreads, queryQueue, maxQueryBytes, maxResponseBytes, writeTimeout, query);
    }

    public PublicLimits withQuery(QueryLimits q) {
        return new PublicLimits(maxConcurrentPerClient, trustProxy, queryThreads, queryQueue, maxQueryBytes, maxResponseBytes, writeTimeout, q);
    }
}
