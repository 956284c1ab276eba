package org.w3id.clusterpolicy.attribute;

import java.text.CollationKey;
import java.text.Collator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;

/**
 * The alphabetical order a page lists its countries in. Overview pages list countries by their
 * usual name in some language (clusterplattform.de sorts its English page by the German names);
 * knowing that order lets the converter place a section that names no country at all.
 */
public final class PageOrder {
    private static final int MIN_ANCHORS = 3;

    private final String language;
    private final Map<String, CollationKey> keys = new HashMap<>();

    private PageOrder(String language, LanguageResources lang, LanguageRegistry registry) {
        this.language = language;
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        collator.setStrength(Collator.PRIMARY);
        for (var c : registry.countries().all()) {
            keys.put(c.code(), collator.getCollationKey(lang.countries().usualName(c.code(), registry.countries())));
        }
    }

    /**
     * The order of a language in which the given countries (in page order) are sorted, trying the
     * page's own language first; empty when there are too few of them or no language sorts them.
     */
    public static Optional<PageOrder> detect(List<String> anchorsInPageOrder, LanguageRegistry registry, String pageLanguage) {
        if (anchorsInPageOrder.size() < MIN_ANCHORS) {
            return Optional.empty();
        }
        List<LanguageResources> candidates = new java.util.ArrayList<>(registry.all());
        candidates.sort(java.util.Comparator.comparing(l -> !l.code().equals(pageLanguage)));
        for (LanguageResources lang : candidates) {
            PageOrder order = new PageOrder(lang.code(), lang, registry);
            boolean sorted = true;
            for (int i = 1; i < anchorsInPageOrder.size() && sorted; i++) {
                sorted = order.compare(anchorsInPageOrder.get(i - 1), anchorsInPageOrder.get(i)) < 0;
            }
            if (sorted) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    public String language() {
        return language;
    }

    public int compare(String codeA, String codeB) {
        return keys.get(codeA).compareTo(keys.get(codeB));
    }

    /** True when {@code code} sorts strictly between the bounds; a null bound is open. */
    public boolean between(String lower, String code, String upper) {
        return (lower == null || compare(lower, code) < 0) && (upper == null || compare(code, upper) < 0);
    }
}
