package org.w3id.clusterpolicy.server;

import org.w3id.clusterpolicy.store.RemoteStoreException;

/** The status the service answers with when the remote store it serves from fails. */
final class RemoteFailures {
    private RemoteFailures() {}

    static int status(RemoteStoreException e) {
        return switch (e.kind()) {
            case TIMEOUT -> 503;
            case CUT_SHORT -> SandboxedQueryProcessor.UNPROCESSABLE;
            case UNREACHABLE, REFUSED -> 502;
        };
    }
}
