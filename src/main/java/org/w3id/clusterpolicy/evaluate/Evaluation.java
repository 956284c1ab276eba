package org.w3id.clusterpolicy.evaluate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The outcome of an evaluation: which gold and sources, the sources the converter refused (kind
 * "source", the file as fact, the reason as note), the score per kind and over all kinds, and every
 * miss, unexpected fact and damaged ("lenient only") pair.
 */
@JsonPropertyOrder({"set", "gold", "sources", "refused", "kinds", "all", "misses", "unexpected", "damaged"})
public record Evaluation(String set, String gold, List<String> sources, List<Finding> refused, List<KindScore> kinds, KindScore all,
                         List<Finding> misses, List<Finding> unexpected, List<Finding> damaged) {}
