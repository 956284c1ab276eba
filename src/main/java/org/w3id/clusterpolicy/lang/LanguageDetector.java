package org.w3id.clusterpolicy.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the language of a text by counting the function words of each known language. Decides
 * only when the winner has at least {@value #MIN_HITS} hits and twice the runner-up's.
 */
public final class LanguageDetector {
    static final int MIN_HITS = 3;

    private final Map<String, Set<String>> stopwords = new HashMap<>();
    private final List<String> order;

    LanguageDetector(List<LanguageResources> languages) {
        this.order = languages.stream().map(LanguageResources::code).toList();
        for (LanguageResources l : languages) {
            stopwords.put(l.code(), l.profile().stopwords().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        }
    }

    public Optional<String> detect(String text) {
        Map<String, Integer> hits = new HashMap<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (String code : order) {
                if (stopwords.get(code).contains(token)) {
                    hits.merge(code, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (String code : order) {
            int h = hits.getOrDefault(code, 0);
            if (h > bestHits) {
                second = bestHits;
                best = code;
                bestHits = h;
            } else if (h > second) {
                second = h;
            }
        }
        return bestHits >= MIN_HITS && bestHits >= 2 * second ? Optional.of(best) : Optional.empty();
    }
}
