package org.w3id.clusterpolicy.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * What a client's query may be when the endpoint forwards it to a remote store, on top of the
 * limits every query has: standard SPARQL 1.1 (Jena's extensions would reach a store that reads
 * them otherwise or not at all), no function but SPARQL's own and the XSD casts (stores bring their
 * own, and some of those read files or fetch URLs: Virtuoso's {@code bif:} functions), and no
 * {@code FROM} or {@code FROM NAMED} (the data is the graph the operator named, nothing else the
 * store holds). What is sent is the text Jena prints from the parsed query, never the client's own.
 */
public final class ForwardedQueries {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private ForwardedQueries() {}

    /** @throws QueryLimitException (refused before running) naming what the query may not do */
    public static void check(Query query) {
        if (query.hasDatasetDescription()) {
            throw refused("FROM and FROM NAMED are not supported here: this endpoint answers from one graph");
        }
        try {
            QueryFactory.create(query.serialize(), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw refused("the query uses syntax beyond SPARQL 1.1, which this endpoint does not forward");
        }
        if (query.getQueryPattern() == null) {
            return;
        }
        List<String> functions = new ArrayList<>();
        Walker.walk(Algebra.compile(query), new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN f) {
                if (f instanceof E_Function call && !call.getFunctionIRI().startsWith(XSD)) {
                    functions.add(call.getFunctionIRI());
                }
            }
        });
        if (!functions.isEmpty()) {
            throw refused("the function <" + functions.get(0) + "> is not available here: only SPARQL 1.1's functions and the XSD casts are");
        }
    }

    private static QueryLimitException refused(String message) {
        return new QueryLimitException(message, true);
    }
}
