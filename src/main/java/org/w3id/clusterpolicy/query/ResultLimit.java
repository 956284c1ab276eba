package org.w3id.clusterpolicy.query;

import org.apache.jena.riot.rowset.RowSetWrapper;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * {@code --max-rows}: a result with more rows (or a graph with more triples) than the limit is an
 * error that names the limit, never a result cut short without a word. Rows are counted as they
 * are written, so the check costs nothing up front and stops the query as soon as it is passed.
 */
public final class ResultLimit {
    private ResultLimit() {}

    public static RowSet rows(RowSet rows, long max) {
        return new RowSetWrapper(rows) {
            private long count;

            @Override
            public boolean hasNext() {
                boolean more = super.hasNext();
                if (more && count >= max) {
                    throw exceeded(max, "rows");
                }
                return more;
            }

            @Override
            public Binding next() {
                count++;
                return super.next();
            }
        };
    }

    /** Checks a constructed or described graph of {@code triples} triples. */
    public static void triples(long triples, long max) {
        if (triples > max) {
            throw exceeded(max, "triples");
        }
    }

    private static QueryLimitException exceeded(long max, String what) {
        QueryLimitException e = new QueryLimitException("the result has more than " + max + " " + what
                + ", this endpoint's limit; ask for fewer with LIMIT and OFFSET, or download the dumps", false);
        QueryWatch w = QueryWatch.current();
        return w != null ? w.exceeded(e) : e;
    }
}
