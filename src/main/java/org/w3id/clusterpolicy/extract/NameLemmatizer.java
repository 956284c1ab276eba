package org.w3id.clusterpolicy.extract;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.w3id.clusterpolicy.lang.NameRules;
import org.w3id.clusterpolicy.lang.RuleFiles;

/**
 * Puts a name found after an article back into the form a reader would cite it in, so that one
 * body named in several cases is one resource: "der Nationalen Innovationsagentur" is the
 * "Nationale Innovationsagentur", "des Wissenschaftsministeriums" the "Wissenschaftsministerium".
 * Only the words before the complement change ("Agentur für Innovation" keeps its complement);
 * a language without an inflection table keeps every name as written.
 */
final class NameLemmatizer {
    private final NameRules rules;
    private final HeadNouns heads;

    NameLemmatizer(NameRules rules, HeadNouns heads) {
        this.rules = rules;
        this.heads = heads;
    }

    String nominative(String name, String article) {
        RuleFiles.Inflection inflection = rules.shape().inflection();
        if (inflection == null || article == null || !inflection.obliqueArticles().contains(article)) {
            return name;
        }
        String[] words = name.split(" ", -1);
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (rules.qualifierLinkers().contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                end = i;
                break;
            }
        }
        int head = end - 1;
        String headWord = genitiveBase(words[head], inflection);
        String gender = gender(headWord, inflection);
        words[head] = headWord;
        for (int i = 0; i < head; i++) {
            String ending = inflection.obliqueAdjectiveEnding();
            if (gender != null && Character.isUpperCase(words[i].codePointAt(0)) && words[i].endsWith(ending)
                    && rules.adjectivePattern() != null && rules.adjectivePattern().matcher(words[i]).find()) {
                words[i] = words[i].substring(0, words[i].length() - ending.length())
                        + inflection.nominativeAdjectiveEndings().get(gender);
            }
        }
        return String.join(" ", words);
    }

    /** A head noun in the genitive loses its ending when what remains is still a head noun ("Ministeriums"). */
    private String genitiveBase(String word, RuleFiles.Inflection inflection) {
        for (String ending : inflection.genitiveEndings()) {
            if (word.endsWith(ending) && word.length() > ending.length() + 3) {
                String base = word.substring(0, word.length() - ending.length());
                if (heads.isHead(base) && !heads.isHead(word)) {
                    return base;
                }
                if (heads.isHead(base) && rules.headNounBaseForms().containsKey(lastHead(word))) {
                    return base;
                }
            }
        }
        String listed = rules.headNounBaseForms().get(word);
        return listed != null ? listed : word;
    }

    private String lastHead(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return rules.headNouns().keySet().stream().filter(h -> lower.endsWith(h.toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(String::length)).orElse(word);
    }

    private static String gender(String noun, RuleFiles.Inflection inflection) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return inflection.genderBySuffix().entrySet().stream()
                .filter(e -> lower.endsWith(e.getKey()))
                .max(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()))
                .map(Map.Entry::getValue).orElse(null);
    }
}
