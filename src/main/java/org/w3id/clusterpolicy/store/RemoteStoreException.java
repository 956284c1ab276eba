package org.w3id.clusterpolicy.store;

import java.util.Optional;

/**
 * A remote store failed to answer as asked. The message is ours, one line, and names neither the
 * store's address nor anything it said: it may reach a public client. The kind tells the service
 * which status to answer with.
 */
public final class RemoteStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No connection could be made. */
        UNREACHABLE,
        /** The store answered with an error status (or a redirect, which is not followed). */
        REFUSED,
        /** The store did not answer in time. */
        TIMEOUT,
        /** The store cut the result short at its own row limit (e.g. Virtuoso's ResultSetMaxRows). */
        CUT_SHORT
    }

    private final Kind kind;

    public RemoteStoreException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The remote failure behind {@code e}, if one is among its causes (Jena's HTTP client wraps what it is given). */
    public static Optional<RemoteStoreException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RemoteStoreException r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
