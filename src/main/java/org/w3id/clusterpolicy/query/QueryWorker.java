package org.w3id.clusterpolicy.query;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread of the query executor: a platform thread (queries use the CPU; virtual threads would
 * hold the few carrier threads that pages and {@code /health} need) that knows the
 * {@link QueryWatch} of the query it runs.
 */
public final class QueryWorker extends Thread {
    private volatile QueryWatch watch;

    private QueryWorker(Runnable task, String name) {
        super(task, name);
        setDaemon(true);
    }

    QueryWatch watch() {
        return watch;
    }

    /** Runs {@code task} under {@code w} on the current worker thread. */
    public static void runWatched(QueryWatch w, Runnable task) {
        QueryWorker self = (QueryWorker) Thread.currentThread();
        self.watch = w;
        try {
            task.run();
        } finally {
            self.watch = null;
        }
    }

    public static ThreadFactory factory(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> new QueryWorker(task, prefix + "-" + n.incrementAndGet());
    }
}
