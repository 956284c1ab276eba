package org.w3id.clusterpolicy.evaluate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Writes an {@link Evaluation} for people: the score table, then every miss, unexpected fact and damaged pair. */
public final class EvaluationTable {
    private EvaluationTable() {}

    public static void write(Evaluation e, PrintWriter w) {
        w.printf("Evaluated %s (%s) on %d source(s)%s.%n", e.set(), e.gold(), e.sources().size(),
                e.refused().isEmpty() ? "" : "; the converter refused " + e.refused().size() + " (their gold facts count as misses)");
        for (Finding r : e.refused()) {
            w.printf("  refused: %s: %s%n", r.fact(), r.note());
        }
        w.println();
        w.printf("%-9s %5s %5s | %-27s | %-27s%n", "", "", "", "strict", "lenient (right but damaged)");
        w.printf("%-9s %5s %5s | %4s %6s %6s %6s | %4s %6s %6s %6s%n", "kind", "gold", "found", "tp", "P", "R", "F1", "tp", "P", "R", "F1");
        for (KindScore k : e.kinds()) {
            row(w, k);
        }
        row(w, e.all());
        list(w, "Misses", e.misses());
        list(w, "Unexpected", e.unexpected());
        list(w, "Damaged (counted as lenient only)", e.damaged());
    }

    private static void row(PrintWriter w, KindScore k) {
        w.printf("%-9s %5d %5d | %4d %6s %6s %6s | %4d %6s %6s %6s%n", k.kind(), k.gold(), k.found(),
                k.strict().truePositives(), num(k.strict().precision()), num(k.strict().recall()), num(k.strict().f1()),
                k.lenient().truePositives(), num(k.lenient().precision()), num(k.lenient().recall()), num(k.lenient().f1()));
    }

    private static String num(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static void list(PrintWriter w, String title, List<Finding> findings) {
        w.printf("%n%s (%d)%n", title, findings.size());
        for (Finding f : findings) {
            w.printf("  [%s] %s %s%n", f.kind(), f.country(), f.fact());
            if (f.found() != null) {
                w.printf("      found: %s (%s)%n", f.found(), f.damage());
            }
            if (f.note() != null) {
                w.printf("      note: %s%n", f.note());
            }
            w.printf("      \"%s\"%n      %s%n", f.evidence() == null ? "(no sentence)" : f.evidence(), f.origin());
        }
    }
}
