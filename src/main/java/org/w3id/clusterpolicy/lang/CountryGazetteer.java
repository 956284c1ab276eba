package org.w3id.clusterpolicy.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds country names and adjectives of one language in text: the official labels of the country
 * authority list plus the names and adjectives of {@code country-names.yaml}.
 */
public final class CountryGazetteer {
    private record Entry(String code, boolean adjective) {}

    private final String ruleId;
    private final String authorityLanguage;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, String> usualNames = new LinkedHashMap<>();
    private final List<String> nameSuffixes;
    private final List<String> adjectiveSuffixes;
    private final Pattern pattern;
    private final String nameAlternation;
    private final String adjectiveAlternation;

    /** @param authorityLanguage the language's code in the EU language list, whose country labels are names too */
    CountryGazetteer(String authorityLanguage, RuleFiles.CountryNamesFile file, CountryTable countries) {
        this.ruleId = file.id();
        this.authorityLanguage = authorityLanguage;
        this.nameSuffixes = file.nameSuffixes() == null ? List.of() : file.nameSuffixes();
        this.adjectiveSuffixes = file.adjectiveSuffixes() == null ? List.of("") : file.adjectiveSuffixes();
        List<String> ignored = file.ignoreOfficialLabels() == null ? List.of() : file.ignoreOfficialLabels();
        List<String> names = new ArrayList<>();
        List<String> adjectives = new ArrayList<>();
        file.countries().forEach((code, cn) -> {
            countries.get(code); // fails on a code the authority list does not have
            for (String name : cn.names()) {
                usualNames.putIfAbsent(code, name);
                entries.put(name, new Entry(code, false));
                names.add(name);
            }
            for (String adjective : cn.adjectives()) {
                entries.putIfAbsent(lowerFirst(adjective), new Entry(code, true));
                adjectives.add(adjective);
            }
        });
        for (Country c : countries.all()) {
            String label = c.label(authorityLanguage);
            if (label == null || label.isBlank() || ignored.contains(label) || label.matches(".*[,()/].*")) {
                continue;
            }
            usualNames.putIfAbsent(c.code(), label);
            if (entries.putIfAbsent(label, new Entry(c.code(), false)) == null) {
                names.add(label);
            }
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
        names.sort(longestFirst);
        adjectives.sort(longestFirst);
        this.nameAlternation = alternation(names, nameSuffixes, false);
        this.adjectiveAlternation = alternation(adjectives, adjectiveSuffixes, true);
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<name>" + nameAlternation + ")|(?<adj>"
                + adjectiveAlternation + "))(?![\\p{L}\\p{N}])");
    }

    private static String alternation(List<String> words, List<String> suffixes, boolean caseInsensitiveFirst) {
        StringBuilder suffix = new StringBuilder("(?:");
        List<String> sorted = new ArrayList<>(suffixes);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (int i = 0; i < sorted.size(); i++) {
            suffix.append(i > 0 ? "|" : "").append(Pattern.quote(sorted.get(i)));
        }
        suffix.append(sorted.isEmpty() ? ")?" : "|)");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            if (caseInsensitiveFirst) {
                int first = w.codePointAt(0);
                int len = Character.charCount(first);
                out.append("[").append(Character.toString(Character.toUpperCase(first)))
                        .append(Character.toString(Character.toLowerCase(first))).append("]")
                        .append(Pattern.quote(w.substring(len)));
            } else {
                out.append(Pattern.quote(w));
            }
            out.append(suffix);
        }
        return out.isEmpty() ? "(?!)" : out.toString();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toString(Character.toLowerCase(s.codePointAt(0))) + s.substring(Character.charCount(s.codePointAt(0)));
    }

    public String ruleId() {
        return ruleId;
    }

    /** Every country mention, left to right, longest first at each position. */
    public List<CountryMention> find(String text) {
        List<CountryMention> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            boolean adjective = m.group("adj") != null;
            lookup(m.group(), adjective).ifPresent(e ->
                    out.add(new CountryMention(m.start(), m.end(), e.code(), e.adjective(), m.group())));
        }
        return out;
    }

    /** The country a whole line names, if the line is exactly a country name (a heading). */
    public Optional<String> fullMatch(String line) {
        String t = line.strip();
        return lookup(t, false).filter(e -> !e.adjective()).map(Entry::code);
    }

    private Optional<Entry> lookup(String surface, boolean adjective) {
        if (!adjective) {
            Entry e = entries.get(surface);
            if (e != null && !e.adjective()) {
                return Optional.of(e);
            }
            for (String s : nameSuffixes) {
                if (!s.isEmpty() && surface.endsWith(s)) {
                    Entry stripped = entries.get(surface.substring(0, surface.length() - s.length()));
                    if (stripped != null && !stripped.adjective()) {
                        return Optional.of(stripped);
                    }
                }
            }
            return Optional.empty();
        }
        String key = lowerFirst(surface);
        for (String s : adjectiveSuffixes) {
            if (key.endsWith(s)) {
                Entry e = entries.get(key.substring(0, key.length() - s.length()));
                if (e != null && e.adjective()) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The usual name of a country in this language: the first name of its entry, else its official
     * label in this language, else its reference name.
     */
    public String usualName(String code, CountryTable countries) {
        String usual = usualNames.get(code);
        if (usual != null) {
            return usual;
        }
        Country c = countries.get(code);
        return c.label(authorityLanguage) != null ? c.label(authorityLanguage) : c.name();
    }

    /** Every name (not adjective) this gazetteer knows for a country, sorted. */
    public List<String> namesOf(String code) {
        return entries.entrySet().stream().filter(e -> !e.getValue().adjective() && e.getValue().code().equals(code))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** A regular expression matching any country name of this language (for {COUNTRY} placeholders). */
    public String nameAlternation() {
        return nameAlternation;
    }

    /** A regular expression matching any country adjective of this language (for {COUNTRY_ADJ}). */
    public String adjectiveAlternation() {
        return adjectiveAlternation;
    }
}
