package org.w3id.clusterpolicy.extract;

import java.util.List;

/**
 * Finds what a sentence is about when it does not say so by name: a sentence-initial pronoun
 * refers to the last organisation or programme named, "the programme" to the last programme.
 */
final class SubjectResolver {
    private SubjectResolver() {}

    static boolean startsWithPronoun(SentenceContext ctx) {
        String s = ctx.text();
        for (String p : ctx.lang().profile().pronouns()) {
            if (s.startsWith(p + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The last programme named before, when the sentence refers to "the programme". */
    static Mention programmeAnaphor(SentenceContext ctx) {
        return refersToAProgramme(ctx) ? ctx.memory().lastInstrument() : null;
    }

    /** True when the sentence speaks of "the programme", named before or not. */
    static boolean refersToAProgramme(SentenceContext ctx) {
        String s = ctx.text();
        for (java.util.regex.Pattern p : ctx.lang().programmeAnaphora()) {
            java.util.regex.Matcher m = p.matcher(s);
            while (m.find()) {
                if (!namedRightAfter(ctx, m.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "the programme “X”": the noun introduces the name after it and refers back to nothing. */
    private static boolean namedRightAfter(SentenceContext ctx, int end) {
        String rest = ctx.text().substring(end).stripLeading();
        return !rest.isEmpty() && ctx.lang().names().quotes().stream().anyMatch(q -> q.open().charAt(0) == rest.charAt(0));
    }

    static Mention profileMention(SentenceContext ctx) {
        return new Mention(0, 0, EntityRef.profile(ctx.country()), ctx.country());
    }

    static Mention firstOfType(List<Mention> mentions, EntityType type, List<Mention> except) {
        for (Mention m : mentions) {
            if (m.ref().type() == type && except.stream().noneMatch(e -> e.ref().equals(m.ref()))) {
                return m;
            }
        }
        return null;
    }
}
