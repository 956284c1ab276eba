package org.w3id.clusterpolicy.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The sector words of every language, found in texts of any language: German texts name fields in English
 * ("Life Sciences"), English texts borrow German ones. A term keeps the morphology of the language it is
 * written in (its endings: "des Maschinenbaus"); compounds and lists follow the language of the text
 * ("Biotech-Cluster", "Automobil- und Zulieferindustrie", "water, energy and mobility"). All of that
 * knowledge comes from the {@code sectors.yaml} of each language folder.
 */
public final class SectorGazetteer {
    private static final Pattern NOTHING = Pattern.compile("(?!)");
    private static final String BOUNDARY = "(?![\\p{L}\\p{N}])";

    private enum Kind { TERM, LIST, STEM }

    private record Term(String sector, String lang, Pattern pattern, Kind kind, String ruleId) {}

    private record Morphology(Pattern inflection, Pattern closedHead, Pattern hyphenHead, Pattern openHead,
                              boolean closed, Pattern separator, Pattern cue, Pattern clusterNames) {}

    /** A term found in a text; {@code withHead} when a compound head made it unambiguous. */
    private record Found(int start, int end, Term term, boolean withHead) {}

    private final List<Term> terms = new ArrayList<>();
    private final Map<String, Morphology> morphology = new LinkedHashMap<>();

    /** Compiles the sector files of the languages, in registry order. */
    SectorGazetteer(Map<String, RuleFiles.SectorsFile> files) {
        files.forEach((lang, file) -> {
            morphology.put(lang, compile(lang, file.morphology()));
            for (RuleFiles.SectorTerms s : file.sectors()) {
                String ruleId = "sector." + lang + "." + s.sector();
                s.terms().forEach(t -> terms.add(term(s.sector(), lang, t, Kind.TERM, ruleId)));
                s.listTerms().forEach(t -> terms.add(term(s.sector(), lang, t, Kind.LIST, ruleId)));
                s.stems().forEach(t -> terms.add(term(s.sector(), lang, t, Kind.STEM, ruleId)));
            }
        });
    }

    /** The gazetteer as it reads texts written in {@code lang}. */
    public View forText(String lang) {
        Morphology m = morphology.get(lang);
        if (m == null) {
            throw new IllegalArgumentException("no sectors.yaml for language " + lang);
        }
        return new View(m);
    }

    /** Finds sectors in texts of one language. */
    public final class View {
        private final Morphology text;

        private View(Morphology text) {
            this.text = text;
        }

        /** The sectors a text names: whole words, the earliest then longest match first, lists resolved. */
        public List<TermMatch> find(String s) {
            List<Found> kept = listed(s, nonOverlapping(candidates(s), text));
            List<TermMatch> out = new ArrayList<>();
            for (Found f : kept) {
                out.add(new TermMatch(f.start(), f.end(), f.term().sector(), s.substring(f.start(), f.end()), false, f.term().ruleId()));
            }
            return out;
        }

        /** True when a name names a cluster ("Automotive Cluster Slovenia"), so what it says of sectors counts. */
        public boolean namesACluster(String name) {
            return text.clusterNames().matcher(name).find();
        }

        /** True when a "name" is only a list of sectors ("Automotive, Life Sciences and Mobility"). */
        public boolean isOnlyAList(String name) {
            List<Found> found = nonOverlapping(candidates(name), text);
            if (found.isEmpty()) {
                return false;
            }
            int pos = 0;
            for (Found f : found) {
                if (!isSeparatorOrBlank(name.substring(pos, f.start()))) {
                    return false;
                }
                pos = f.end();
            }
            return name.substring(pos).isBlank();
        }

        private boolean isSeparatorOrBlank(String between) {
            return between.isBlank() || text.separator().matcher(between).matches();
        }

        private List<Found> candidates(String s) {
            List<Found> all = new ArrayList<>();
            for (Term t : terms) {
                Matcher m = t.pattern().matcher(s);
                while (m.find()) {
                    Found f = extend(s, m.start(), m.end(), t);
                    if (f != null) {
                        all.add(f);
                    }
                }
            }
            for (Coordination.Truncation tr : Coordination.find(s, text.separator(), text.closed())) {
                Found f = wholeTerm(tr.candidates());
                if (f != null) {
                    all.add(new Found(tr.start(), tr.end(), f.term(), f.withHead()));
                }
            }
            return all;
        }

        /** The first candidate word that a term covers completely ("Holzwirtschaft" for "Holz-"). */
        private Found wholeTerm(List<String> candidates) {
            for (String c : candidates) {
                for (Term t : terms) {
                    Matcher m = t.pattern().matcher(c);
                    if (m.lookingAt()) {
                        Found f = extend(c, 0, m.end(), t);
                        if (f != null && f.end() == c.length()) {
                            return f;
                        }
                    }
                }
            }
            return null;
        }

        /**
         * Where a term found at [start, end) really ends: after a compound head or an ending, or not at all.
         * A compound written as one word is a word of the term's language ("Automobilzulieferer" in any text);
         * hyphenated and open compounds take heads of the text's language ("Biotech-Cluster", "water industry").
         */
        private Found extend(String s, int start, int end, Term t) {
            Morphology own = morphology.get(t.lang());
            for (Pattern head : new Pattern[] {own.closed() ? own.closedHead() : NOTHING, text.hyphenHead(), own.hyphenHead(), text.openHead()}) {
                Matcher m = head.matcher(s).region(end, s.length());
                if (m.lookingAt()) {
                    return new Found(start, m.end(), t, true);
                }
            }
            if (end + 1 < s.length() && s.charAt(end) == '-' && Character.isLetter(s.charAt(end + 1))) {
                return null; // the first part of a compound whose head is no sector word: "Energie-Agentur"
            }
            Matcher ending = own.inflection().matcher(s).region(end, s.length());
            if (ending.lookingAt() && t.kind() != Kind.STEM) {
                return new Found(start, ending.end(), t, false);
            }
            return null;
        }

        /** Keeps a list term only in a list with an unambiguous sector, after a list cue, or with a head. */
        private List<Found> listed(String s, List<Found> found) {
            List<Found> out = new ArrayList<>();
            int i = 0;
            while (i < found.size()) {
                int j = i;
                while (j + 1 < found.size() && isListSeparator(s.substring(found.get(j).end(), found.get(j + 1).start()))) {
                    j++;
                }
                List<Found> list = found.subList(i, j + 1);
                boolean anchored = text.cue().matcher(s.substring(0, list.get(0).start())).find()
                        || list.stream().anyMatch(f -> f.term().kind() != Kind.LIST || f.withHead());
                for (Found f : list) {
                    if (anchored || f.withHead()) {
                        out.add(f);
                    }
                }
                i = j + 1;
            }
            return out;
        }

        private boolean isListSeparator(String between) {
            return text.separator().matcher(between).matches();
        }
    }

    /**
     * The earliest, then longest matches. Of two matches of the same span the text's own language wins: "la
     * construction" in a French text is the French list term, not the English term "construction".
     */
    private List<Found> nonOverlapping(List<Found> all, Morphology text) {
        return TermGazetteer.earliestLongest(all, Found::start, Found::end,
                Comparator.comparingInt(f -> morphology.get(f.term().lang()) == text ? 0 : 1));
    }

    private static Term term(String sector, String lang, String regex, Kind kind, String ruleId) {
        return new Term(sector, lang, pattern(lang, "sectors.yaml " + sector, "(?<![\\p{L}\\p{N}])(?:" + regex + ")"), kind, ruleId);
    }

    private static Morphology compile(String lang, RuleFiles.SectorMorphology m) {
        if (m == null) {
            throw new IllegalStateException(lang + "/sectors.yaml has no morphology");
        }
        String heads = m.heads().isEmpty() ? "(?!)" : "(?:" + String.join("|", m.heads()) + ")";
        String inflection = m.inflection() == null ? "" : m.inflection();
        String linking = m.linking() == null ? "" : m.linking();
        return new Morphology(
                pattern(lang, "inflection", inflection + BOUNDARY),
                pattern(lang, "heads", linking + heads + inflection + BOUNDARY),
                pattern(lang, "heads", "-" + heads + inflection + BOUNDARY),
                m.closedCompounds() ? NOTHING : pattern(lang, "heads", "\\s+" + heads + BOUNDARY),
                m.closedCompounds(),
                pattern(lang, "listSeparator", m.listSeparator()),
                pattern(lang, "listCue", "(?:" + m.listCue() + ")\\s*$"),
                pattern(lang, "clusterNames", m.clusterNames()));
    }

    private static Pattern pattern(String lang, String where, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException | NullPointerException e) {
            throw new IllegalStateException("bad pattern in " + lang + "/sectors.yaml " + where + ": " + e.getMessage(), e);
        }
    }
}
