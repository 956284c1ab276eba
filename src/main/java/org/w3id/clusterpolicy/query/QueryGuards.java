package org.w3id.clusterpolicy.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/** Puts {@link QueryLimits} into effect for the queries of an execution context. */
public final class QueryGuards {
    private QueryGuards() {}

    /** Bounds the rows each query of {@code context} holds in memory. */
    public static void bound(Context context, QueryLimits limits) {
        QC.setFactory(context, BoundedOpExecutor.factory(limits.maxHeldRows()));
    }

    /** The query with REGEX and REPLACE replaced by versions that stop at the query's deadline. */
    public static Query guarded(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), GuardedRegex.TRANSFORM);
    }
}
