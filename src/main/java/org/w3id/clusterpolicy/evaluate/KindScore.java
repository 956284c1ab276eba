package org.w3id.clusterpolicy.evaluate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The score of one kind of fact (or of all of them: kind "all"), strict and lenient. */
@JsonPropertyOrder({"kind", "gold", "found", "strict", "lenient"})
public record KindScore(String kind, int gold, int found, Metrics strict, Metrics lenient) {

    static KindScore of(String kind, int gold, int found, int strictTp, int lenientTp) {
        return new KindScore(kind, gold, found, Metrics.of(strictTp, gold, found), Metrics.of(lenientTp, gold, found));
    }
}
