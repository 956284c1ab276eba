package org.w3id.clusterpolicy.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    private final HeadNouns heads;
    private final java.util.function.Predicate<String> countryLike;

    /** @param countryLike true for a word that names a country (a qualifier after a head noun) */
    KindResolver(NameRules rules, String lang, java.util.function.Predicate<String> countryLike) {
        this.rules = rules;
        this.lang = lang;
        this.heads = new HeadNouns(rules);
        this.countryLike = countryLike;
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
        Optional<CompiledRule> cue = rules.cueBeside(before, after);
        if (cue.isPresent()) {
            return new Kind(cue.get().value(), cue.get().id());
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

    /**
     * The kind of a name's head noun. In a head-final name the head is the last word before the
     * complement ("Cluster Excellence Scheme", "Agency for Innovation"); a qualifier after the head
     * (a country, a year, an acronym: "Cluster Platform Austria", "Strategy 2030") is skipped. A
     * head noun right before a connector heads a head-initial name ("Pôles de compétitivité").
     * A head noun that only modifies what follows ("Cluster" in "Cluster House") decides nothing:
     * null, and the caller falls back on context.
     */
    String headKind(String name) {
        List<Token> words = Token.tokenize(name, rules.elisions()).stream().filter(Token::isWord).toList();
        if (rules.shape().lowercaseQualifiers()) {
            // Head-initial names ("Agence nationale de la recherche"): the first head noun heads them.
            return words.stream().map(w -> heads.kindOfAnyCase(w.text())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        int end = words.size();
        for (int i = 1; i < words.size(); i++) {
            if (rules.qualifierLinkers().contains(words.get(i).text().toLowerCase(Locale.ROOT))) {
                end = i;
                break;
            }
        }
        int head = end - 1;
        while (head > 0 && isQualifier(words.get(head).text())) {
            head--;
        }
        if (head >= 0) {
            // A two-word head ("Cluster Initiative") names a body, unless a country heads it: the
            // "Luxembourg Cluster Initiative" is the country's initiative, not one cluster.
            String pair = head > 0 ? words.get(head - 1).text() + " " + words.get(head).text() : null;
            boolean national = words.subList(0, Math.max(0, head - 1)).stream().anyMatch(w -> countryLike.test(w.text()));
            String k = pair != null && rules.headNouns().containsKey(pair) && !national
                    ? rules.headNouns().get(pair) : heads.kindOf(words.get(head).text());
            if (k != null) {
                return k;
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String k = heads.kindOf(words.get(i).text());
            if (k != null && rules.connectors().contains(words.get(i + 1).text())) {
                return k;
            }
        }
        return null;
    }

    /** A word after a head that qualifies the name rather than heading it: a number, an acronym, a proper name without head. */
    private boolean isQualifier(String word) {
        boolean number = word.chars().allMatch(Character::isDigit);
        boolean acronym = word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return number || acronym || countryLike.test(word);
    }

    boolean isHeadNoun(String word) {
        return heads.isHead(word);
    }
}
