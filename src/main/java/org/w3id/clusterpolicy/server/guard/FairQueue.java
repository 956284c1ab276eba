package org.w3id.clusterpolicy.server.guard;

import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The queue of queries waiting for a thread, bounded, and fair between clients: a query waits
 * behind those of clients that run fewer queries than its own, so a client that sends many at
 * once cannot keep a newcomer's first query waiting behind all of them. Among equals, first come
 * first served.
 */
final class FairQueue extends PriorityBlockingQueue<Runnable> {
    private static final long serialVersionUID = 1L;
    private final int capacity;
    private final AtomicLong arrivals = new AtomicLong();

    FairQueue(int capacity) {
        this.capacity = capacity;
    }

    /** The next number in order of arrival. */
    long arrival() {
        return arrivals.incrementAndGet();
    }

    /** Refuses past the capacity, so the executor rejects the query (a 503) rather than queue it without end. */
    @Override
    public synchronized boolean offer(Runnable task) {
        return size() < capacity && super.offer(task);
    }

    /** A query to run, with the number of queries its client ran when it came. */
    static final class Task extends FutureTask<Void> implements Comparable<Task> {
        private final int share;
        private final long arrival;

        Task(Runnable work, int share, long arrival) {
            super(work, null);
            this.share = share;
            this.arrival = arrival;
        }

        @Override
        public int compareTo(Task o) {
            return share != o.share ? Integer.compare(share, o.share) : Long.compare(arrival, o.arrival);
        }
    }
}
