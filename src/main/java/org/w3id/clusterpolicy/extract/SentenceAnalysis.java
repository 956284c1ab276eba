package org.w3id.clusterpolicy.extract;

import java.util.List;

/** A sentence with the entities and dates found in it, which every fact extractor reads. */
public record SentenceAnalysis(SentenceContext context, List<Mention> mentions, List<DateMatch> dates) {

    public boolean insideMention(int start, int end) {
        return mentions.stream().anyMatch(m -> start < m.end() && end > m.start());
    }

    public boolean insideDate(int start, int end) {
        return dates.stream().anyMatch(d -> start < d.end() && end > d.start());
    }
}
