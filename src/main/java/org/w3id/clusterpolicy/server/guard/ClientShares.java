package org.w3id.clusterpolicy.server.guard;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** How many queries each client runs at once, with a ceiling per client. */
final class ClientShares {
    private final int max;
    private final ConcurrentMap<String, Integer> running = new ConcurrentHashMap<>();

    ClientShares(int max) {
        this.max = max;
    }

    /** Takes a share for {@code client}; false when it already runs its most. */
    boolean take(String client) {
        boolean[] taken = {false};
        running.compute(client, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= max) {
                return now;
            }
            taken[0] = true;
            return now + 1;
        });
        return taken[0];
    }

    void give(String client) {
        running.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Queries {@code client} runs now. */
    int running(String client) {
        return running.getOrDefault(client, 0);
    }
}
