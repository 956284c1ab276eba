package org.w3id.clusterpolicy.evaluate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * True positives with precision, recall and F1 (null when undefined: nothing found, nothing in the
 * gold, or both zero).
 */
@JsonPropertyOrder({"truePositives", "precision", "recall", "f1"})
public record Metrics(int truePositives, Double precision, Double recall, Double f1) {

    static Metrics of(int truePositives, int gold, int found) {
        Double p = found == 0 ? null : (double) truePositives / found;
        Double r = gold == 0 ? null : (double) truePositives / gold;
        Double f = p == null || r == null || p + r == 0 ? null : 2 * p * r / (p + r);
        return new Metrics(truePositives, round(p), round(r), round(f));
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 10000) / 10000.0;
    }
}
