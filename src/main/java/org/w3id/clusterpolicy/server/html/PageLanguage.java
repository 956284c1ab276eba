package org.w3id.clusterpolicy.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Locale.LanguageRange;

/** Chooses the language of an HTML page: English or German. */
public final class PageLanguage {
    /** The languages of the pages, the default first. */
    public static final List<String> SUPPORTED = List.of("en", "de");
    public static final String DEFAULT = "en";

    private PageLanguage() {}

    /**
     * The page language for a request: an explicit {@code ?lang=} parameter naming a supported
     * language wins; otherwise the supported language the Accept-Language header prefers most (its
     * q-values honoured, a region ignored: "de-AT" is German; a language refused with q=0 is never
     * chosen, also not for "*"); otherwise English. Either argument may be null; entries of the
     * header that do not parse are skipped.
     */
    public static String choose(String langParam, String acceptLanguage) {
        String explicit = supported(langParam);
        if (explicit != null) {
            return explicit;
        }
        List<LanguageRange> ranges = parse(acceptLanguage);
        List<String> refused = ranges.stream().filter(r -> r.getWeight() == 0).map(r -> supported(r.getRange())).toList();
        for (LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                break; // sorted: only refusals follow
            }
            if (range.getRange().equals("*")) {
                return SUPPORTED.stream().filter(l -> !refused.contains(l)).findFirst().orElse(DEFAULT);
            }
            String lang = supported(range.getRange());
            if (lang != null && !refused.contains(lang)) {
                return lang;
            }
        }
        return DEFAULT;
    }

    /** The supported language a tag or range names ("de", "DE", "de-AT", "de_CH"), or null. */
    private static String supported(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return SUPPORTED.contains(primary) ? primary : null;
    }

    /** The ranges of an Accept-Language header, most wanted first, skipping entries that do not parse. */
    private static List<LanguageRange> parse(String header) {
        List<LanguageRange> ranges = new ArrayList<>();
        if (header == null || header.length() > 4096) {
            return ranges;
        }
        for (String entry : header.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                ranges.addAll(LanguageRange.parse(entry.strip()));
            } catch (IllegalArgumentException e) {
                // a malformed entry: ignore it, keep the others
            }
        }
        ranges.sort(Comparator.comparingDouble(LanguageRange::getWeight).reversed()); // stable: header order within a weight
        return ranges;
    }
}
