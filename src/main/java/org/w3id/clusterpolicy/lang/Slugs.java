package org.w3id.clusterpolicy.lang;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Turns names into readable, stable IRI path segments. */
public final class Slugs {
    private static final int MAX = 80;

    private Slugs() {}

    public static String slug(String text) {
        return slug(text, Map.of());
    }

    /** ASCII-folds, lower-cases and hyphenates; words listed in {@code singulars} are replaced. */
    public static String slug(String text, Map<String, String> singulars) {
        String folded = Normalizer.normalize(text.replace("ß", "ss").replace("&", " and "), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : folded.split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('-');
            }
            out.append(singulars.getOrDefault(word, word));
        }
        String slug = out.toString();
        if (slug.length() <= MAX) {
            return slug;
        }
        // Cut at a word boundary, so that a long name never ends in half a word.
        int cut = slug.lastIndexOf('-', MAX);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX);
    }
}
