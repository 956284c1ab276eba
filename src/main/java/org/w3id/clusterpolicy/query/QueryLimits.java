package org.w3id.clusterpolicy.query;

/**
 * What one query may cost on a public endpoint: the rows of a result ({@code maxRows}: a result with
 * more is an error, never cut silently), the rows it may hold in memory at once to sort or
 * de-duplicate them ({@code maxHeldRows}), and the size of its text: how deeply its groups and
 * expressions nest, how many groups and how many terms it has. Queries past the text limits are
 * refused before they are parsed, so no parser or optimiser ever sees them.
 */
public record QueryLimits(long maxRows, long maxHeldRows, int maxGroupDepth, int maxExpressionDepth, int maxGroups, int maxTerms) {

    public static final QueryLimits DEFAULT = new QueryLimits(100_000, 200_000, 24, 48, 1_000, 20_000);

    public QueryLimits withMaxRows(long rows) {
        return new QueryLimits(rows, maxHeldRows, maxGroupDepth, maxExpressionDepth, maxGroups, maxTerms);
    }

    public QueryLimits withMaxHeldRows(long rows) {
        return new QueryLimits(maxRows, rows, maxGroupDepth, maxExpressionDepth, maxGroups, maxTerms);
    }
}
