package org.w3id.clusterpolicy.query;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The watch over one query run on a {@link QueryWorker}: its deadline, which covers parsing,
 * optimising, evaluating and writing alike, and why it was stopped, if it was. The code that runs
 * the query calls {@link #checkCurrent()} at points where it can stop (each row held, each stretch
 * of text a regular expression scans, each block written); the request's own thread calls
 * {@link #stop} when the deadline passes, which also aborts Jena's execution.
 */
public final class QueryWatch {
    private final long deadlineNanos;
    private volatile String stopped;
    private volatile QueryLimitException limit;
    private volatile QueryExec exec;

    public QueryWatch(long timeoutMillis) {
        this.deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
    }

    /** The watch of the query the current thread runs, or null on any other thread. */
    public static QueryWatch current() {
        return Thread.currentThread() instanceof QueryWorker w ? w.watch() : null;
    }

    /** Hands {@code exec} to the watch of the query running on this thread, if any (so that a timeout can abort it); returns it. */
    public static <E extends QueryExec> E attachToCurrent(E exec) {
        QueryWatch watch = current();
        if (watch != null) {
            watch.attach(exec);
        }
        return exec;
    }

    /** Throws when the current thread's query must stop (deadline passed or stopped). */
    public static void checkCurrent() {
        QueryWatch w = current();
        if (w != null) {
            w.check();
        }
    }

    public void check() {
        if (stopped != null || System.nanoTime() - deadlineNanos > 0) {
            throw new QueryCancelledException();
        }
    }

    /** Lets {@link #stop} abort this execution too. */
    public void attach(QueryExec e) {
        exec = e;
        if (stopped != null) {
            e.abort();
        }
    }

    /** Whether {@link #stop} was called: what the query does after that is of no interest. */
    public boolean stopped() {
        return stopped != null;
    }

    public void stop(String reason) {
        stopped = reason;
        QueryExec e = exec;
        if (e != null) {
            e.abort();
        }
    }

    /** Records a limit the query ran into (the first one counts) and returns it to be thrown. */
    public QueryLimitException exceeded(QueryLimitException e) {
        if (limit == null) {
            limit = e;
        }
        return limit;
    }

    public QueryLimitException limitExceeded() {
        return limit;
    }

    public long remainingMillis() {
        return Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000L);
    }
}
