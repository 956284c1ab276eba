package org.w3id.clusterpolicy.query;

/**
 * A query refused because it would pass one of the endpoint's limits; the message names the limit
 * and says how to stay within it. {@code beforeRunning} tells a query refused for its text (a bad
 * request) from one stopped while running (valid, but too big for this endpoint).
 */
public final class QueryLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean beforeRunning;

    public QueryLimitException(String message, boolean beforeRunning) {
        super(message, null, false, false);
        this.beforeRunning = beforeRunning;
    }

    public boolean beforeRunning() {
        return beforeRunning;
    }
}
