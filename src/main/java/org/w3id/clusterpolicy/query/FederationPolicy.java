package org.w3id.clusterpolicy.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;

/**
 * Which remote SPARQL endpoints a client's query may make this server contact through
 * {@code SERVICE}: none by default, or exactly the endpoint IRIs an operator allowed (compared as
 * strings: no prefix, no pattern, no host-wide permission). Anything the server fetched on a
 * client's behalf could be an internal address, so the default is that the server fetches nothing.
 */
public record FederationPolicy(Set<String> allowedEndpoints) {

    public FederationPolicy {
        allowedEndpoints = Set.copyOf(new TreeSet<>(allowedEndpoints));
    }

    /** No federation at all: every query with {@code SERVICE} is refused. */
    public static FederationPolicy none() {
        return new FederationPolicy(Set.of());
    }

    public boolean federationEnabled() {
        return !allowedEndpoints.isEmpty();
    }

    public boolean allows(Node service) {
        return service.isURI() && allowedEndpoints.contains(service.getURI());
    }

    /**
     * Refuses a query that names a {@code SERVICE} this policy does not allow, wherever it sits:
     * in a subquery, a {@code GRAPH}, a {@code UNION}, an {@code OPTIONAL} or inside
     * {@code FILTER [NOT] EXISTS}. Runs on the algebra of the parsed query, before anything executes.
     *
     * @throws FederationRefusedException naming the first refused service
     */
    public void check(Query query) {
        if (query.getQueryPattern() == null) {
            return;
        }
        List<Node> services = new ArrayList<>();
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                services.add(op.getService());
            }
        });
        for (Node service : services) {
            if (!allows(service)) {
                throw new FederationRefusedException(refusal(service));
            }
        }
    }

    /** The one-line reason a service is refused, in our words (never anything the service said). */
    public String refusal(Node service) {
        if (!federationEnabled()) {
            return "federated queries (SERVICE) are disabled on this endpoint";
        }
        String named = service.isURI() ? "SERVICE <" + service.getURI() + ">" : "SERVICE with a variable";
        return named + " is not allowed on this endpoint; federated queries may only use "
                + String.join(", ", allowedEndpoints.stream().sorted().map(s -> "<" + s + ">").toList());
    }
}
