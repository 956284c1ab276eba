package org.w3id.clusterpolicy.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Region names of every language, found in texts of any language: the names texts use for the NUTS regions
 * (national names from {@code vocab/nuts-regions.csv}; English, German and French names from the
 * {@code regions.yaml} of each language folder) and the cross-border regions of concepts.ttl. Names are
 * case-sensitive proper names; a name is read as a region of a country only when NUTS puts the region in
 * that country ("Limburg" in a Belgian text is the Belgian province), and a name two unrelated regions of one
 * country share is read as neither. Endings ("Tirols") and words that are not region names in a language
 * ("Regen" in German) come from the folder of the text's language.
 */
public final class RegionGazetteer {
    private static final String NUTS_RULES = "nuts";

    /** A name of a region: {@code country} is null for a cross-border region. */
    private record Entry(String name, String id, String country, String code, String ruleId, boolean reviewed) {}

    private record Reading(Pattern inflection, Set<String> notRegionWords, Pattern separator, boolean closed) {}

    private final Map<String, List<Entry>> byPrefix = new HashMap<>();
    private final Map<String, Reading> readings = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> preferred = new LinkedHashMap<>();

    /**
     * Indexes the names of {@code nuts} and of the region files (by language, in registry order); the
     * separators and compound habits of each language come from its sector morphology.
     */
    RegionGazetteer(NutsRegions nuts, Map<String, RuleFiles.RegionsFile> files, Map<String, RuleFiles.SectorMorphology> morphology) {
        List<Entry> entries = new ArrayList<>();
        files.forEach((lang, file) -> {
            for (RuleFiles.RegionNames r : file.regions()) {
                if ((r.nuts() == null) == (r.region() == null)) {
                    throw new IllegalStateException(lang + "/regions.yaml: an entry needs either nuts or region: " + r);
                }
                NutsRegions.Unit unit = r.nuts() == null ? null : nuts.byCode(r.nuts()).orElseThrow(
                        () -> new IllegalStateException(lang + "/regions.yaml names NUTS code " + r.nuts() + ", which nuts-regions.csv lacks"));
                if (unit != null && unit.id().isEmpty()) {
                    throw new IllegalStateException(lang + "/regions.yaml names " + r.nuts() + ", a whole country, not a region");
                }
                String id = unit == null ? r.region() : unit.id();
                if (!r.names().isEmpty()) {
                    preferred.computeIfAbsent(lang, k -> new LinkedHashMap<>()).putIfAbsent(id, r.names().get(0));
                }
                for (String name : r.names()) {
                    entries.add(new Entry(name, id, unit == null ? null : unit.country(), unit == null ? null : unit.code(),
                            "region." + lang + "." + id, true));
                }
            }
            Reading reading = new Reading(pattern(lang, (file.inflection() == null ? "" : file.inflection()) + "(?![\\p{L}\\p{N}])", 0),
                    Set.copyOf(file.notRegionWords()), separator(lang, morphology.get(lang)),
                    morphology.get(lang) != null && morphology.get(lang).closedCompounds());
            readings.put(lang, reading);
        });
        for (NutsRegions.Unit u : nuts.all()) {
            for (String name : u.names()) {
                entries.add(new Entry(name, u.id(), u.country(), u.code(), "region." + NUTS_RULES + "." + u.id(), false));
            }
        }
        for (Entry e : unambiguous(entries)) {
            byPrefix.computeIfAbsent(prefix(e.name()), k -> new ArrayList<>()).add(e);
        }
    }

    /**
     * Per country and name, the one region it names: reviewed names before names from the NUTS file, the
     * broadest unit when one contains the others, none when unrelated regions share the name.
     */
    private static List<Entry> unambiguous(List<Entry> entries) {
        Map<String, List<Entry>> byName = new LinkedHashMap<>();
        for (Entry e : entries) {
            byName.computeIfAbsent(e.name() + "\u0000" + e.country(), k -> new ArrayList<>()).add(e);
        }
        List<Entry> out = new ArrayList<>();
        for (List<Entry> same : byName.values()) {
            List<Entry> pool = same.stream().anyMatch(Entry::reviewed) ? same.stream().filter(Entry::reviewed).toList() : same;
            Set<String> ids = new HashSet<>();
            pool.forEach(e -> ids.add(e.id()));
            if (ids.size() == 1) {
                out.addAll(pool);
                continue;
            }
            Entry broadest = pool.stream().filter(e -> e.code() != null).min(Comparator.comparingInt(e -> e.code().length())).orElse(null);
            if (broadest != null && pool.stream().allMatch(e -> e.code() != null && e.code().startsWith(broadest.code()))) {
                pool.stream().filter(e -> e.id().equals(broadest.id())).forEach(out::add);
            }
        }
        return out;
    }

    /** The first name the {@code regions.yaml} of a language gives a region, if it names the region. */
    public java.util.Optional<String> preferredName(String id, String lang) {
        return java.util.Optional.ofNullable(preferred.getOrDefault(lang, Map.of()).get(id));
    }

    /** The gazetteer as it reads texts written in {@code lang}. */
    public View forText(String lang) {
        Reading r = readings.get(lang);
        if (r == null) {
            throw new IllegalArgumentException("no regions.yaml for language " + lang);
        }
        return new View(r);
    }

    /** Finds regions in texts of one language. */
    public final class View {
        private final Reading reading;

        private View(Reading reading) {
            this.reading = reading;
        }

        /**
         * The region names of a text, earliest then longest first, overlaps dropped: per span, every
         * region the name may stand for (names, and truncated names of a coordination).
         */
        private List<List<Candidate>> spans(String text) {
            List<Candidate> all = new ArrayList<>();
            for (int p = 0; p < text.length(); p++) {
                if (wordStart(text, p)) {
                    collect(text, p, all);
                }
            }
            for (Coordination.Truncation t : Coordination.find(text, reading.separator(), reading.closed())) {
                for (String c : t.candidates()) {
                    Entry e = whole(c);
                    if (e != null) {
                        all.add(new Candidate(t.start(), t.end(), e));
                        break;
                    }
                }
            }
            all.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
            List<List<Candidate>> out = new ArrayList<>();
            int covered = -1;
            for (int i = 0; i < all.size(); i++) {
                Candidate c = all.get(i);
                if (c.start() < covered) {
                    continue;
                }
                covered = c.end();
                List<Candidate> span = new ArrayList<>();
                for (int j = i; j < all.size() && all.get(j).start() == c.start() && all.get(j).end() == c.end(); j++) {
                    span.add(all.get(j));
                }
                out.add(span);
            }
            return out;
        }

        /**
         * For each country, how often the text names one of its regions unambiguously (a name NUTS puts in
         * one country only): what a page that never names its country ("En Wallonie, ...") says about it.
         */
        public Map<String, Integer> countriesOfRegions(String text) {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            for (List<Candidate> span : spans(text)) {
                java.util.Set<String> countries = new java.util.TreeSet<>();
                for (Candidate c : span) {
                    if (!reading.notRegionWords().contains(c.entry().name())) {
                        countries.add(c.entry().country() == null ? "" : c.entry().country());
                    }
                }
                if (countries.size() == 1 && !countries.contains("")) {
                    counts.merge(countries.iterator().next(), 1, Integer::sum);
                }
            }
            return counts;
        }

        /**
         * The regions a text about {@code country} (an authority code) names: cross-border regions and regions
         * NUTS puts in that country. Overlaps are resolved before the country is checked, so "South Tyrol" in
         * an Austrian text names no Austrian region.
         */
        public List<TermMatch> find(String text, String country) {
            List<TermMatch> out = new ArrayList<>();
            for (List<Candidate> span : spans(text)) {
                // One span may name regions of several countries ("Limburg"): take the one of this country.
                for (Candidate c : span) {
                    Entry e = c.entry();
                    if ((e.country() == null || e.country().equals(country)) && !reading.notRegionWords().contains(e.name())) {
                        out.add(new TermMatch(c.start(), c.end(), e.id(), text.substring(c.start(), c.end()), false, e.ruleId()));
                        break;
                    }
                }
            }
            return out;
        }

        private void collect(String text, int p, List<Candidate> out) {
            for (Entry e : byPrefix.getOrDefault(prefix(text.substring(p)), List.of())) {
                if (text.startsWith(e.name(), p)) {
                    Matcher ending = reading.inflection().matcher(text).region(p + e.name().length(), text.length());
                    if (ending.lookingAt()) {
                        out.add(new Candidate(p, ending.end(), e));
                    }
                }
            }
        }

        private Entry whole(String word) {
            for (Entry e : byPrefix.getOrDefault(prefix(word), List.of())) {
                if (word.equals(e.name())) {
                    return e;
                }
            }
            return null;
        }
    }

    private record Candidate(int start, int end, Entry entry) {}

    private static boolean wordStart(String text, int p) {
        return Character.isLetterOrDigit(text.codePointAt(p)) && (p == 0 || !Character.isLetterOrDigit(text.codePointBefore(p)));
    }

    private static String prefix(String s) {
        return s.length() <= 2 ? s : s.substring(0, 2);
    }

    private static Pattern separator(String lang, RuleFiles.SectorMorphology m) {
        if (m == null) {
            throw new IllegalStateException(lang + " has regions.yaml but no sector morphology");
        }
        return pattern(lang, m.listSeparator(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern pattern(String lang, String regex, int flags) {
        try {
            return Pattern.compile(regex, flags | Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("bad pattern in " + lang + "/regions.yaml: " + e.getDescription(), e);
        }
    }
}
