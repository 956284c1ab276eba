package org.w3id.clusterpolicy.store;

import java.net.URI;
import java.util.Optional;
import org.apache.jena.irix.IRIs;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * Where {@code publish} sends the graph: a SPARQL 1.1 Graph Store endpoint, optionally one graph
 * that receives the union of all graphs, and optionally the credentials the store asks for (HTTP
 * Basic or Digest, whichever it challenges with).
 *
 * @param unionGraph null to send each graph of the dump under its own name
 * @param credentials null to send no credentials
 */
public record PublishTarget(URI endpoint, String unionGraph, Credentials credentials) {

    public PublishTarget {
        String scheme = endpoint.getScheme();
        if (!endpoint.isAbsolute() || endpoint.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new BadInputException("--to: '" + endpoint + "' is not an http(s) URL of a Graph Store endpoint");
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new BadInputException("--to: '" + endpoint + "' has a query or fragment; give the endpoint itself (the graph goes into ?graph=)");
        }
        if (unionGraph != null && (!IRIs.check(unionGraph) || !IRIs.reference(unionGraph).isAbsolute())) {
            throw new BadInputException("--graph: '" + unionGraph + "' is not an absolute IRI");
        }
    }

    public Optional<String> union() {
        return Optional.ofNullable(unionGraph);
    }

    /** A user name and password, from {@code user:password} (the password may contain colons). */
    public record Credentials(String user, String password) {
        public static Credentials parse(String userColonPassword) {
            int colon = userColonPassword.indexOf(':');
            if (colon <= 0) {
                throw new BadInputException("--auth: give user:password");
            }
            return new Credentials(userColonPassword.substring(0, colon), userColonPassword.substring(colon + 1));
        }

        @Override
        public String toString() {
            return user + ":***";
        }
    }
}
