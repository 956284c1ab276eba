package org.w3id.clusterpolicy.server.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.clusterpolicy.query.QueryLimitException;
import org.w3id.clusterpolicy.query.QueryWatch;
import org.w3id.clusterpolicy.query.QueryWorker;
import org.w3id.clusterpolicy.server.cache.ResponseCache;
import org.w3id.clusterpolicy.server.http.BufferedResponse;
import org.w3id.clusterpolicy.server.http.Http;

/**
 * In front of every route that runs a query ({@code /sparql}, canned queries): the query runs on
 * a bounded executor of its own, never on the threads that serve pages, downloads and
 * {@code /health}, and within a wall-clock limit that covers parsing, optimising, evaluating and
 * writing. In order:
 * <ol>
 * <li>a query text or body over the size limit is a 413, and a body is read only up to it;</li>
 * <li>an answer the {@link ResponseCache} holds is sent (or a 304);</li>
 * <li>a client already running its share of queries gets a 429 with {@code Retry-After};</li>
 * <li>when all query threads are busy and the queue is full, a 503 with {@code Retry-After};</li>
 * <li>the query runs into a {@link BufferedResponse}: past the time limit the client gets a 503,
 * past a result limit a 422, both as a JSON problem naming the limit, and never a partial
 * result; a success is sent whole, and kept in the cache.</li>
 * </ol>
 */
public final class QueryGate implements Filter, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("cluster-policy-kg");

    private final PublicLimits limits;
    private final long timeoutMillis;
    private final Predicate<HttpServletRequest> runsQuery;
    private final ResponseCache cache;
    private final Predicate<HttpServletRequest> cacheable;
    private final ClientShares shares;
    private final FairQueue queue;
    private final ThreadPoolExecutor executor;

    /**
     * @param runsQuery which requests run a query (the others pass through untouched)
     * @param cache     where answers are kept, or null to keep none
     * @param cacheable which answers may be kept (not those that depend on more than the graph)
     */
    public QueryGate(PublicLimits limits, long timeoutMillis, Predicate<HttpServletRequest> runsQuery, ResponseCache cache,
                     Predicate<HttpServletRequest> cacheable) {
        this.limits = limits;
        this.cacheable = cacheable;
        this.timeoutMillis = timeoutMillis;
        this.runsQuery = runsQuery;
        this.cache = cache;
        this.shares = new ClientShares(limits.maxConcurrentPerClient());
        this.queue = new FairQueue(Math.max(1, limits.queryQueue()));
        this.executor = new ThreadPoolExecutor(limits.queryThreads(), limits.queryThreads(), 0, TimeUnit.MILLISECONDS,
                queue, QueryWorker.factory("query"), new ThreadPoolExecutor.AbortPolicy());
    }

    /** Queries {@code client} runs now (waiting for a thread, running, or being sent). */
    public int running(String client) {
        return shares.running(client);
    }

    /** Query threads at work now: a query stopped at its limit leaves none behind. */
    public int active() {
        return executor.getActiveCount();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!runsQuery.test(req)) {
            chain.doFilter(request, response);
            return;
        }
        long max = limits.maxQueryBytes();
        String queryString = req.getQueryString();
        if (req.getContentLengthLong() > max || (queryString != null && queryString.length() > max)) {
            tooLarge(resp, max);
            return;
        }
        HttpServletRequest replayable = req;
        String bodyQuery = null;
        if ("POST".equals(req.getMethod()) && isSparqlQueryBody(req)) {
            byte[] body = readAtMost(req.getInputStream(), max);
            if (body == null) {
                tooLarge(resp, max);
                return;
            }
            replayable = new ReplayedBody(req, body);
            bodyQuery = new String(body, StandardCharsets.UTF_8);
        } else {
            try {
                req.getParameterMap(); // reads a form body now, up to the server's form limit, on this thread
            } catch (RuntimeException e) {
                tooLarge(resp, max);
                return;
            }
        }
        boolean keep = cache != null && cacheable.test(req);
        String key = keep ? cache.key(replayable, bodyQuery) : null;
        if (keep && cache.answer(replayable, resp, key)) {
            return;
        }
        String client = ClientAddress.of(req, limits.trustProxy());
        if (!shares.take(client)) {
            refuse(resp, 429, "2", "you are running " + limits.maxConcurrentPerClient()
                    + " queries at once, the most one client may; wait for one to finish");
            return;
        }
        try {
            run(chain, replayable, resp, key, shares.running(client));
        } finally {
            shares.give(client);
        }
    }

    /** Runs one query; {@code share} is how many the client runs now, this one included: the fewer, the sooner it starts. */
    private void run(FilterChain chain, HttpServletRequest req, HttpServletResponse resp, String key, int share) throws IOException {
        QueryWatch watch = new QueryWatch(timeoutMillis);
        BufferedResponse made = new BufferedResponse(resp, limits.maxResponseBytes(), watch::check);
        FairQueue.Task done = new FairQueue.Task(() -> QueryWorker.runWatched(watch, () -> {
            try {
                chain.doFilter(req, made);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
        }), share, queue.arrival());
        try {
            executor.execute(done);
        } catch (RejectedExecutionException e) {
            refuse(resp, 503, "5", "every query thread is busy and " + limits.queryQueue() + " queries are waiting; try again shortly");
            return;
        }
        try {
            done.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            watch.stop("timeout");
            refuse(resp, 503, null, "the query ran past the " + seconds() + " limit of this endpoint and was stopped");
            return;
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            watch.stop("server stopping");
            refuse(resp, 503, null, "the server is stopping");
            return;
        } catch (ExecutionException e) {
            if (outcome(resp, watch, made)) {
                return;
            }
            LOG.error("{} {} failed", req.getMethod(), req.getRequestURI(), e.getCause());
            refuse(resp, 500, null, "the query failed on the server (the error is logged)");
            return;
        }
        if (outcome(resp, watch, made)) {
            return;
        }
        if (key != null) {
            cache.keepAndSend(req, resp, key, made);
        } else {
            made.sendTo(resp);
        }
    }

    /** Answers a query that ran into a limit; false when it did not. */
    private boolean outcome(HttpServletResponse resp, QueryWatch watch, BufferedResponse made) throws IOException {
        QueryLimitException limit = watch.limitExceeded();
        if (limit != null) {
            refuse(resp, limit.beforeRunning() ? 400 : 422, null, limit.getMessage());
            return true;
        }
        if (made.overflowed()) {
            refuse(resp, 422, null, "the result is larger than " + made.maxBytes() / (1024 * 1024)
                    + " MB, this endpoint's limit; ask for fewer rows with LIMIT and OFFSET, or download the dumps");
            return true;
        }
        if (watch.remainingMillis() == 0) {
            refuse(resp, 503, null, "the query ran past the " + seconds() + " limit of this endpoint and was stopped");
            return true;
        }
        return false;
    }

    private String seconds() {
        return timeoutMillis % 1000 == 0 ? timeoutMillis / 1000 + " s" : timeoutMillis + " ms";
    }

    private static void tooLarge(HttpServletResponse resp, long max) throws IOException {
        resp.setHeader("Connection", "close");
        refuse(resp, 413, null, "the query is larger than " + max + " bytes, this endpoint's limit");
    }

    private static void refuse(HttpServletResponse resp, int status, String retryAfter, String message) throws IOException {
        if (retryAfter != null) {
            resp.setHeader("Retry-After", retryAfter);
        }
        resp.setHeader("Cache-Control", "no-store");
        Http.sendJson(resp, status, new Http.Problem(status, message, null));
    }

    private static boolean isSparqlQueryBody(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/sparql-query");
    }

    /** The body, or null when it is longer than {@code max}. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] body = in.readNBytes((int) max + 1);
        return body.length > max ? null : body;
    }

    /** Stops the query threads; queries still running are abandoned. */
    @Override
    public void close() {
        for (Runnable waiting : executor.shutdownNow()) {
            if (waiting instanceof FairQueue.Task t) {
                t.cancel(false);
            }
        }
    }

    /** A request whose body was read already and is read again from memory. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
