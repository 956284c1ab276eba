package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.clusterpolicy.lang.CompiledRule;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.lang.ParsedNumber;

/**
 * Reads counts: a number (not a date, not inside a name), its qualifier ("more than", "etwa"),
 * and the words after it up to the last word that names a countable thing ("clusters and
 * innovative networks"), or a unit sign right after it ("35 %"), or, in a key–value line
 * ("Anzahl der Cluster: 17"), the label before the colon. A number after "these"/"diese" refers back
 * and is not a count; a number followed by no countable words is skipped.
 */
public final class QuantityExtractor implements FactExtractor {
    private static final int MAX_COUNTED_WORDS = 6;

    @Override
    public List<Fact> extract(SentenceAnalysis a) {
        SentenceContext ctx = a.context();
        List<Fact> out = new ArrayList<>();
        LanguageResources lang = ctx.lang();
        String s = ctx.text();
        String reference = a.dates().stream().filter(d -> d.kind().equals("reference")).map(d -> d.date().toString())
                .findFirst().orElse(null);
        for (ParsedNumber n : lang.numbers().findAll(s)) {
            // A described thing may start with its count ("four cluster organisations"): still a count.
            boolean opensMention = a.mentions().stream().anyMatch(m -> m.start() == n.start());
            if (a.insideDate(n.start(), n.end()) || (a.insideMention(n.start(), n.end()) && !opensMention)) {
                continue;
            }
            String before = s.substring(0, n.start());
            if (lang.notQuantityBefore().matcher(before).find()) {
                continue;
            }
            Counted counted = unitRightAfter(s, n.end(), lang);
            if (counted == null) {
                counted = counted(s, n.end(), lang);
            }
            if (counted == null) {
                counted = keyValueLabel(before, lang);
            }
            if (counted == null || (n.ambiguous() && counted.thing == null)) {
                continue;
            }
            String qualifier = "exactly";
            String rule = "quantity." + lang.code() + ".number";
            for (CompiledRule q : lang.qualifiers()) {
                if (q.pattern().matcher(before).find()) {
                    qualifier = q.value();
                    rule = q.id();
                    break;
                }
            }
            out.add(new QuantityFact(n.value(), qualifier, counted.text, counted.thing, reference, ctx.evidence(), rule, ctx.country()));
        }
        return out;
    }

    private record Counted(String text, String thing) {}

    /** "Label: 17" opening a line or sentence: the label says what is counted ("Anzahl der Cluster: 17"). */
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*(?<label>[^:.;!?]{2,60}?)\\s*:\\s*$");

    private static Counted keyValueLabel(String before, LanguageResources lang) {
        Matcher kv = KEY_VALUE.matcher(before);
        if (!kv.matches()) {
            return null;
        }
        String label = kv.group("label");
        if (label.split("\\s+").length > MAX_COUNTED_WORDS) {
            return null;
        }
        for (CompiledRule c : lang.counted()) {
            if (c.pattern().matcher(label).find()) {
                return new Counted(label, c.value());
            }
        }
        return null;
    }

    /** A unit written right after the number, which need not be a word ("35 %", "12 €"). */
    private static Counted unitRightAfter(String s, int from, LanguageResources lang) {
        int at = from;
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        if (at == s.length() || Character.isLetter(s.codePointAt(at))) {
            return null;
        }
        for (CompiledRule c : lang.counted()) {
            Matcher m = c.pattern().matcher(s).region(at, s.length()).useTransparentBounds(true);
            if (m.lookingAt()) {
                return new Counted(m.group(), c.value());
            }
        }
        return null;
    }

    private static Counted counted(String s, int from, LanguageResources lang) {
        List<Token> words = new ArrayList<>();
        for (Token t : Token.tokenize(s.substring(from), lang.names().elisions())) {
            if (!t.isWord() || lang.countedStopWords().contains(t.text()) || words.size() == MAX_COUNTED_WORDS) {
                break;
            }
            words.add(t);
        }
        if (words.isEmpty()) {
            return null;
        }
        String phrase = s.substring(from + words.get(0).start(), from + words.get(words.size() - 1).end());
        String thing = null;
        int lastEnd = -1;
        for (CompiledRule c : lang.counted()) {
            Matcher m = c.pattern().matcher(phrase);
            while (m.find()) {
                if (thing == null) {
                    thing = c.value();
                }
                lastEnd = Math.max(lastEnd, m.end());
            }
        }
        if (thing == null) {
            return words.size() <= 3 ? new Counted(phrase, null) : null;
        }
        return new Counted(phrase.substring(0, lastEnd).strip(), thing);
    }
}
