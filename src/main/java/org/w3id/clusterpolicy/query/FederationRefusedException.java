package org.w3id.clusterpolicy.query;

import org.apache.jena.query.QueryDeniedException;

/**
 * A client's query names a {@code SERVICE} the {@link FederationPolicy} does not allow; the
 * message says so in one line. A {@link QueryDeniedException}, so that an execution engine that
 * meets it at run time refuses the query instead of treating it as an internal error.
 */
public class FederationRefusedException extends QueryDeniedException {
    private static final long serialVersionUID = 1L;

    public FederationRefusedException(String message) {
        super(message);
    }
}
