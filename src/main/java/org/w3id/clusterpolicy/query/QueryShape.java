package org.w3id.clusterpolicy.query;

/**
 * Measures the text of a query before anything parses it: how deeply its groups ({@code {}}) and
 * expressions ({@code ()}) nest, how many groups it has and how many terms. Jena's parser, algebra
 * optimiser and evaluator recurse over these structures and cannot be stopped while they do, so a
 * query past {@link QueryLimits} (100 nested {@code FILTER NOT EXISTS}, 2 000 nested sub-selects,
 * a 5 000-way {@code UNION}, a 60 000-term filter) is refused here, in a time linear in its length.
 * Strings, IRIs and comments are skipped: their braces do not count.
 */
public record QueryShape(int groupDepth, int expressionDepth, int groups, int terms) {

    public static QueryShape of(String text) {
        int depth = 0, maxDepth = 0, parens = 0, maxParens = 0, groups = 0, terms = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                i = skipString(text, i);
                terms++;
            } else if (c == '<' && iriEnd(text, i) > 0) {
                i = iriEnd(text, i);
                terms++;
            } else if (c == '{') {
                groups++;
                maxDepth = Math.max(maxDepth, ++depth);
                i++;
            } else if (c == '}') {
                depth--;
                i++;
            } else if (c == '(') {
                maxParens = Math.max(maxParens, ++parens);
                terms++;
                i++;
            } else if (c == ')') {
                parens--;
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '?' || c == '$' || c == '_' || c == ':') {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || "?$_:.-".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                terms++;
            } else {
                terms++;
                i++;
            }
        }
        return new QueryShape(maxDepth, maxParens, groups, terms);
    }

    /** Throws a {@link QueryLimitException} naming the first limit the query's text passes. */
    public static void check(String text, QueryLimits limits) {
        QueryShape s = of(text);
        if (s.groupDepth > limits.maxGroupDepth()) {
            throw refused("nests groups { } " + s.groupDepth + " deep; this endpoint takes at most " + limits.maxGroupDepth());
        }
        if (s.expressionDepth > limits.maxExpressionDepth()) {
            throw refused("nests parentheses " + s.expressionDepth + " deep; this endpoint takes at most " + limits.maxExpressionDepth());
        }
        if (s.groups > limits.maxGroups()) {
            throw refused("has " + s.groups + " groups { }; this endpoint takes at most " + limits.maxGroups() + " (a UNION of that many parts is one)");
        }
        if (s.terms > limits.maxTerms()) {
            throw refused("has " + s.terms + " terms; this endpoint takes at most " + limits.maxTerms());
        }
    }

    private static QueryLimitException refused(String what) {
        return new QueryLimitException("the query " + what, true);
    }

    private static int skipString(String text, int start) {
        char quote = text.charAt(start);
        boolean longForm = text.startsWith(String.valueOf(quote).repeat(3), start);
        int i = start + (longForm ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (longForm ? text.startsWith(String.valueOf(quote).repeat(3), i) : c == quote) {
                return i + (longForm ? 3 : 1);
            } else if (!longForm && c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    /** The index after an IRI reference starting at {@code start}, or -1 when the '<' is an operator. */
    private static int iriEnd(String text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }
}
