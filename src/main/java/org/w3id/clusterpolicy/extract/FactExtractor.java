package org.w3id.clusterpolicy.extract;

import java.util.List;

/** Reads one kind of fact from an analysed sentence. Implementations hold no state between calls. */
public interface FactExtractor {
    List<Fact> extract(SentenceAnalysis analysis);
}
