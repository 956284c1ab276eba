package org.w3id.clusterpolicy.query;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Puts parameter values in place of their variables and gives a query whose text every SPARQL 1.1
 * store parses, so the embedded store and a remote one run the same query.
 * <p>
 * Jena's {@link QueryTransformOps#replaceVars} also puts the term into ORDER BY and GROUP BY, where
 * a constant changes nothing but prints as text no parser reads back ({@code ORDER BY <iri> lcase(..)}),
 * and into the SELECT list of each subquery, where {@code (<iri> AS ?country)} then clashes with the
 * same assignment in the outer SELECT. Those no-ops are dropped; the outermost SELECT keeps its
 * {@code (<iri> AS ?country)}, so the column still shows the value. (Binding with VALUES instead
 * would keep the text closer to the file, but Virtuoso 7 does not let a FILTER inside OPTIONAL see
 * a variable bound outside it: {@code LANG(?label) = COALESCE(?lang, "en")} would ignore ?lang.)
 */
final class ParameterSubstitution {
    private ParameterSubstitution() {}

    /** The query of {@code text} with {@code values} in place of their variables, printed and parsed back. */
    static Query apply(String text, Map<Var, Node> values) {
        Query query = QueryFactory.create(text);
        if (values.isEmpty()) {
            return query;
        }
        Query substituted = QueryTransformOps.replaceVars(query, values);
        dropConstantNoOps(substituted, values.keySet(), true);
        return QueryFactory.create(substituted.serialize());
    }

    private static void dropConstantNoOps(Query query, Set<Var> substituted, boolean outermost) {
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                dropConstantNoOps(sub.getQuery(), substituted, false);
            }
        });
        if (query.getOrderBy() != null) {
            query.getOrderBy().removeIf(condition -> condition.getExpression().isConstant());
        }
        removeConstants(query.getGroupBy(), null);
        if (!outermost) {
            removeConstants(query.getProject(), substituted);
        }
    }

    /** Removes the entries {@code (constant AS ?v)}, of the given variables only when {@code only} is not null. */
    private static void removeConstants(VarExprList list, Set<Var> only) {
        for (Var v : new ArrayList<>(list.getVars())) {
            Expr e = list.getExpr(v);
            if (e != null && e.isConstant() && (only == null || only.contains(v))) {
                list.remove(v);
            }
        }
    }
}
