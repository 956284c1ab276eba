package org.w3id.clusterpolicy.extract;

import java.util.List;
import java.util.Locale;
import org.w3id.clusterpolicy.lang.CompiledRule;
import org.w3id.clusterpolicy.lang.NameRules;

/**
 * Decides what kind of thing a name is, from (in order) a cue before it, a cue after it, a gloss,
 * its head noun, and an agent cue before it ("by"); an international body's name overrides them all.
 */
final class KindResolver {
    record Kind(String kind, String ruleId) {}

    private final NameRules rules;
    private final String lang;

    KindResolver(NameRules rules, String lang) {
        this.rules = rules;
        this.lang = lang;
    }

    /** The kind of a name with the given context, or null when nothing tells. */
    Kind resolve(String name, String gloss, String before, String after) {
        Kind k = resolveLocal(name, gloss, before, after);
        if (rules.isInternational(name)) {
            return new Kind("international-body", (k == null ? "" : k.ruleId() + "+") + "names." + lang + ".international");
        }
        return k;
    }

    private Kind resolveLocal(String name, String gloss, String before, String after) {
        Kind k = firstMatch(rules.beforeCues(), before);
        if (k != null) {
            return k;
        }
        k = firstMatch(rules.afterCues(), after);
        if (k != null) {
            return k;
        }
        if (gloss != null) {
            String g = headKind(gloss);
            if (g != null) {
                return new Kind(g, "names." + lang + ".gloss-head");
            }
        }
        String h = headKind(name);
        if (h != null) {
            return new Kind(h, "names." + lang + ".head-noun");
        }
        if (rules.agentCue() != null && rules.agentCue().matcher(before).find()) {
            return new Kind("other", "names." + lang + ".agent-of-passive");
        }
        return null;
    }

    private static Kind firstMatch(List<CompiledRule> cues, String text) {
        for (CompiledRule c : cues) {
            if (c.pattern().matcher(text).find()) {
                return new Kind(c.value(), c.id());
            }
        }
        return null;
    }

    /** The kind of the head noun: the last head noun before the first qualifier linker ("of"), else the last one. */
    String headKind(String name) {
        String found = null;
        for (Token t : Token.tokenize(name, rules.elisions())) {
            if (found != null && rules.qualifierLinkers().contains(t.text().toLowerCase(Locale.ROOT))) {
                break;
            }
            String k = rules.headNouns().get(t.text());
            if (k == null) {
                k = compoundHead(t.text());
            }
            if (k != null) {
                found = k;
            }
        }
        return found;
    }

    /**
     * Compounds end in their head noun ("Entwicklungsagenturen" is an agency) in languages whose
     * names.yaml gives a minimum head length; shorter heads would match inside unrelated words.
     */
    private String compoundHead(String word) {
        if (rules.compoundHeadMinLength() <= 0) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestLength = 0;
        for (var e : rules.headNouns().entrySet()) {
            String head = e.getKey().toLowerCase(Locale.ROOT);
            if (head.length() >= rules.compoundHeadMinLength() && head.length() > bestLength && lower.length() > head.length() && lower.endsWith(head)) {
                best = e.getValue();
                bestLength = head.length();
            }
        }
        return best;
    }

    boolean isHeadNoun(String word) {
        return rules.headNouns().containsKey(word);
    }
}
