package org.w3id.clusterpolicy.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of (concept id, patterns) from a rule file: sectors, regions, funds or EU bodies. Matches
 * are whole words; overlapping matches keep the earliest, then the longest.
 */
public final class TermGazetteer {
    private record Term(String id, Pattern pattern, boolean acronym, String ruleId) {}

    private final List<Term> terms = new ArrayList<>();

    /** Adds patterns for a concept; {@code acronym} marks whole-word, case-sensitive acronyms. */
    void add(String id, String regex, boolean caseInsensitive, boolean acronym, String ruleId) {
        String body = acronym ? Pattern.quote(regex) : regex;
        // A term that ends in a hyphen ("automobile-") is the first half of a coordination.
        String end = regex.endsWith("-") || regex.endsWith("-)") ? "" : "(?![\\p{L}\\p{N}])";
        int flags = caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        terms.add(new Term(id, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")" + end, flags), acronym, ruleId));
    }

    public List<TermMatch> find(String text) {
        List<TermMatch> all = new ArrayList<>();
        for (Term t : terms) {
            Matcher m = t.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new TermMatch(m.start(), m.end(), t.id(), m.group(), t.acronym(), t.ruleId()));
                }
            }
        }
        return earliestLongest(all, TermMatch::start, TermMatch::end, (a, b) -> 0);
    }

    /**
     * Of overlapping matches, keeps the earliest, then the longest; {@code tieBreak} orders matches of the
     * same span. Sorts {@code all} in place.
     */
    static <T> List<T> earliestLongest(List<T> all, ToIntFunction<T> start, ToIntFunction<T> end, Comparator<T> tieBreak) {
        all.sort(Comparator.comparingInt(start).thenComparing(Comparator.comparingInt(end).reversed()).thenComparing(tieBreak));
        List<T> kept = new ArrayList<>();
        int covered = -1;
        for (T m : all) {
            if (start.applyAsInt(m) >= covered) {
                kept.add(m);
                covered = end.applyAsInt(m);
            }
        }
        return kept;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
