package org.w3id.clusterpolicy.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coordinations with a truncated first part: "Holz- und Möbelwirtschaft", "Nieder- und Oberösterreich",
 * "automobile-, metal- and machinery industry". Each truncated word ("Holz-") shares the head of the last
 * conjunct; which part of the last conjunct is that head is not known, so every split is offered as a
 * candidate, longest head first, and the gazetteer keeps the first candidate that is a whole term.
 */
final class Coordination {
    private static final Pattern TRUNCATED = Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]+)-(?=[\\s,])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+(?:\\s+[\\p{L}\\p{N}]+){0,2}");
    private static final int MIN_HEAD = 3;

    /** A truncated word (offsets cover the word and its hyphen) and the full words it may stand for. */
    record Truncation(int start, int end, List<String> candidates) {}

    private Coordination() {}

    /**
     * Finds the truncated words of a text. {@code separator} matches what stands between two conjuncts (a
     * comma, "und", ", and the" ...); {@code closedCompounds} says whether heads are written together with
     * their modifier (German) or as separate words (English, French).
     */
    static List<Truncation> find(String text, Pattern separator, boolean closedCompounds) {
        List<Truncation> out = new ArrayList<>();
        Matcher t = TRUNCATED.matcher(text);
        while (t.find()) {
            String last = lastConjunct(text, t.end(), separator, closedCompounds);
            if (last != null) {
                out.add(new Truncation(t.start(), t.end(), candidates(t.group(1), last, closedCompounds)));
            }
        }
        return out;
    }

    /** The last conjunct after a chain "W1-, W2- und", or null when no conjunct follows. */
    private static String lastConjunct(String text, int from, Pattern separator, boolean closedCompounds) {
        int pos = from;
        boolean separated = false;
        while (pos < text.length()) {
            Matcher sep = separator.matcher(text).region(pos, text.length());
            if (sep.lookingAt() && sep.end() > pos) {
                pos = sep.end();
                separated = true;
            }
            Matcher next = TRUNCATED.matcher(text).region(pos, text.length());
            if (next.lookingAt()) {
                pos = next.end();
                separated = false;
                continue;
            }
            if (!separated) {
                return null;
            }
            Matcher word = (closedCompounds ? WORD : WORDS).matcher(text).region(pos, text.length());
            return word.lookingAt() ? word.group() : null;
        }
        return null;
    }

    private static List<String> candidates(String modifier, String last, boolean closedCompounds) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= last.length() - MIN_HEAD; i++) {
            String head = last.substring(i);
            boolean wordStart = i > 0 && Character.isWhitespace(last.charAt(i - 1));
            if (closedCompounds) {
                out.add(modifier + head);
                out.add(modifier + "-" + head);
            } else if (wordStart) {
                out.add(modifier + " " + head);
                out.add(modifier + "-" + head);
            }
        }
        return out;
    }
}
