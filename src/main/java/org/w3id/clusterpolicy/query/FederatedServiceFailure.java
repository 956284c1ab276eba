package org.w3id.clusterpolicy.query;

/**
 * An allowed {@code SERVICE} endpoint failed. The message is ours: the endpoint's IRI (which the
 * client wrote) and at most the HTTP status, never the body, headers or addresses the endpoint
 * sent, so that a response can never carry what another server said.
 */
public class FederatedServiceFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FederatedServiceFailure(String message) {
        super(message);
    }
}
