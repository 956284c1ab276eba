package org.w3id.clusterpolicy.query;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * {@code REGEX} and {@code REPLACE} that stop at the query's deadline. Java's regular expressions
 * backtrack, and a pattern such as {@code ^(a+)+\1$} takes seconds that double with every character
 * of the text, without ever looking at an interrupt; but they read the text through
 * {@link CharSequence#charAt}, so the text is handed to them wrapped in a sequence that checks the
 * {@link QueryWatch} as it is read. {@link #TRANSFORM} puts these in place of Jena's own.
 */
final class GuardedRegex extends E_Regex {

    /** Replaces every REGEX and REPLACE of an expression by the guarded ones. */
    static final ExprTransformCopy TRANSFORM = new ExprTransformCopy() {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof GuardedRegex)) {
                return new GuardedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (func instanceof E_StrReplace && !(func instanceof GuardedReplace)) {
                return new GuardedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            }
            return super.transform(func, args);
        }
    };

    GuardedRegex(Expr expr, Expr pattern, Expr flags) {
        super(expr, pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern p = pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.makeBoolean(p.matcher(new WatchedText(text.getLiteralLexicalForm())).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }

    static Pattern pattern(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new org.apache.jena.sparql.expr.ExprEvalException("REGEX: the pattern and flags must be strings");
        }
        return RegexEngine.makePattern("Regex", pattern.getString(), flags == null ? null : flags.getString());
    }

    /** {@code REPLACE} with the same guard. */
    static final class GuardedReplace extends E_StrReplace {
        GuardedReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
            super(text, pattern, replacement, flags);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            NodeValue text = args.get(0);
            Node literal = NodeValueOps.checkAndGetStringLiteral("REPLACE", text);
            Pattern p = pattern(args.get(1), args.size() > 3 ? args.get(3) : null);
            String replaced = p.matcher(new WatchedText(literal.getLiteralLexicalForm())).replaceAll(args.get(2).getString());
            String lang = literal.getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeLangString(replaced, lang);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new GuardedReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
        }
    }

    /** A text that checks the query's deadline every few thousand characters read. */
    private static final class WatchedText implements CharSequence {
        private final String text;
        private final QueryWatch watch = QueryWatch.current();
        private int reads;

        WatchedText(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (watch != null && (++reads & 0xFFF) == 0) {
                watch.check();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
