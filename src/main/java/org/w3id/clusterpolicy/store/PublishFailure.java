package org.w3id.clusterpolicy.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.web.HttpSC;

/**
 * Why a store did not take a graph, in one line a user can act on, and whether the reason concerns
 * the endpoint as a whole (then sending the other graphs would fail the same way).
 */
record PublishFailure(String message, boolean concernsEndpoint) {

    static PublishFailure of(RuntimeException e, URI endpoint, PublishTarget target, long triples) {
        if (e instanceof HttpException http && http.getStatusCode() > 0) {
            return ofStatus(http, endpoint, target, triples);
        }
        String where = endpoint.getHost() + ":" + port(endpoint);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new PublishFailure("connection refused: nothing listens at " + where, true);
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new PublishFailure("unknown host: " + endpoint.getHost(), true);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new PublishFailure("no connection to " + where + " within the connect timeout", true);
            }
            if (t instanceof HttpTimeoutException) {
                return new PublishFailure("no answer from " + where + " in time", false);
            }
            if (t instanceof IOException io) {
                return new PublishFailure("the connection to " + where + " broke off (" + (io.getMessage() == null
                        ? io.getClass().getSimpleName() : firstLine(io.getMessage())) + ")", false);
            }
        }
        return new PublishFailure(firstLine(e.getMessage()), false);
    }

    private static PublishFailure ofStatus(HttpException http, URI endpoint, PublishTarget target, long triples) {
        int code = http.getStatusCode();
        String status = code + " " + HttpSC.getMessage(code) + ": ";
        return switch (code) {
            case 401 -> new PublishFailure(status + (target.credentials() == null
                    ? "the store asks for credentials (give --auth user:password)"
                    : "the store refused the credentials of user '" + target.credentials().user() + "'"), true);
            case 403 -> new PublishFailure(status + "the store does not let " + (target.credentials() == null
                    ? "anonymous clients" : "user '" + target.credentials().user() + "'") + " write graphs", true);
            case 404 -> new PublishFailure(status + "no Graph Store endpoint at " + endpoint
                    + " (Fuseki: http://HOST:PORT/DATASET/data; Virtuoso: http://HOST:PORT/sparql-graph-crud-auth)", true);
            case 405 -> new PublishFailure(status + endpoint + " does not take Graph Store writes (not a Graph Store endpoint,"
                    + " or a read-only one: Fuseki needs --update and the dataset's /data path)", true);
            case 413 -> new PublishFailure(status + "the store refused a graph of " + triples + " triples as too large; raise its request size limit"
                    + (target.union().isPresent() ? " or publish graph by graph (without --graph)" : ""), false);
            case 501 -> new PublishFailure(status + endpoint + " does not implement Graph Store writes (not a Graph Store endpoint?)", true);
            case 415 -> new PublishFailure(status + "the store does not read Turtle at " + endpoint, true);
            default -> {
                if (code >= 300 && code < 400) {
                    String location = http.getHttpResponseHeaders() == null ? null
                            : http.getHttpResponseHeaders().firstValue("Location").orElse(null);
                    yield new PublishFailure(status + "the store redirects" + (location == null ? "" : " to " + location)
                            + "; give the endpoint it names with --to", true);
                }
                yield new PublishFailure(status + (code >= 500 ? "the store failed on this graph" : "the store refused this graph"), false);
            }
        };
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static String firstLine(String text) {
        return text == null ? "failed" : text.lines().findFirst().orElse("failed");
    }
}
