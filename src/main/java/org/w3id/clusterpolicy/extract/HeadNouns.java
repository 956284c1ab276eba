package org.w3id.clusterpolicy.extract;

import java.util.Locale;
import java.util.Map;
import org.w3id.clusterpolicy.lang.NameRules;

/**
 * The head nouns of a language and the kinds they give: a word is a head noun when the rule file
 * lists it, or, in a language that builds compounds, when it ends in a listed head noun of the
 * language's minimum head length or more ("Entwicklungsagentur" is an agency, "Wirtschaftskammer" an association).
 */
final class HeadNouns {
    private static final int MIN_MODIFIER = 3;

    private final NameRules rules;

    HeadNouns(NameRules rules) {
        this.rules = rules;
    }

    /** The kind the word's head gives, or null. */
    String kindOf(String word) {
        String exact = rules.headNouns().get(word);
        return exact != null ? exact : compoundHead(word);
    }

    /** Also a head noun written in lower case, as sentence-case names write it ("le ministère de l’Économie"). */
    String kindOfAnyCase(String word) {
        String k = kindOf(word);
        if (k == null && rules.shape().lowercaseQualifiers() && !word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            k = rules.headNouns().get(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return k;
    }

    boolean isHead(String word) {
        return kindOf(word) != null;
    }

    /** A compound: one word made of a modifier and a head noun ("Finanzministerium"), specific enough to be a name. */
    boolean isCompound(String word) {
        return !rules.headNouns().containsKey(word) && compoundHead(word) != null;
    }

    private String compoundHead(String word) {
        if (rules.compoundHeadMinLength() <= 0) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> e : rules.headNouns().entrySet()) {
            String head = e.getKey().toLowerCase(Locale.ROOT);
            if (head.length() >= rules.compoundHeadMinLength() && head.length() > bestLength && lower.length() >= head.length() + MIN_MODIFIER
                    && lower.endsWith(head)) {
                best = e.getValue();
                bestLength = head.length();
            }
        }
        return best;
    }
}
