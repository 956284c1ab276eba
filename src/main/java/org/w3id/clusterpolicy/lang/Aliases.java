package org.w3id.clusterpolicy.lang;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewed table of names that stand for one body ({@code aliases.yaml}): for a country and a
 * name, the name its resource is keyed by (the entry's first). Comparison ignores case, quotes and
 * repeated spaces, so "Innovate UK" and "„Innovate UK“" are one name.
 */
public final class Aliases {
    /** One entry of the table. */
    public record Entry(String country, List<String> names, List<String> evidence, String reason) {}

    /** The file. */
    public record File(List<Entry> aliases) {}

    private final Map<String, String> canonical = new HashMap<>();

    Aliases(File file) {
        for (Entry e : file.aliases() == null ? List.<Entry>of() : file.aliases()) {
            if (e.names() == null || e.names().size() < 2 || e.reason() == null || e.reason().isBlank()
                    || e.evidence() == null || e.evidence().size() < e.names().size()) {
                throw new IllegalStateException("aliases.yaml: the entry " + e.names() + " of " + e.country()
                        + " needs two names or more, a sentence for each and a reason");
            }
            for (String n : e.names()) {
                if (canonical.put(key(e.country(), n), e.names().get(0)) != null) {
                    throw new IllegalStateException("aliases.yaml: " + n + " of " + e.country() + " is in two entries");
                }
            }
        }
    }

    /** The name a body's resource is keyed by, when the table lists this name for the country. */
    public Optional<String> canonical(String country, String name) {
        return Optional.ofNullable(canonical.get(key(country, name)));
    }

    private static String key(String country, String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\"“”„«»‘’']", "")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return country + "|" + n;
    }
}
