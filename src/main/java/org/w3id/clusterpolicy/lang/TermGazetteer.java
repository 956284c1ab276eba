package org.w3id.clusterpolicy.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        all.sort(Comparator.comparingInt(TermMatch::start).thenComparing(Comparator.comparingInt(TermMatch::end).reversed()));
        List<TermMatch> kept = new ArrayList<>();
        int covered = -1;
        for (TermMatch tm : all) {
            if (tm.start() >= covered) {
                kept.add(tm);
                covered = tm.end();
            }
        }
        return kept;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
