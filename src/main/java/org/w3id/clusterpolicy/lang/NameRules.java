package org.w3id.clusterpolicy.lang;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The compiled content of {@code names.yaml} plus the name-related facts of {@code language.yaml}.
 * {@code qualifierLinkers} (lower case) join qualifiers to a head noun ("Ministry of Economy"),
 * optionally followed by one of {@code qualifierArticles}; {@code qualifierSeparators} separate the
 * qualifiers ("of Science, Research and Economy"); head nouns of at least
 * {@code compoundHeadMinLength} letters also end compounds ("Entwicklungsagentur"), 0 turns that
 * off; {@code elisions} are elided articles glued to the next word ("l'Agence").
 */
public record NameRules(List<RuleFiles.Quote> quotes, Map<String, String> headNouns, Map<String, String> headNounBaseForms,
                        Set<String> nameStopWords, Map<String, String> trailingKindNouns,
                        List<CompiledRule> beforeCues, List<CompiledRule> afterCues, List<Pattern> internationalNames,
                        List<CompiledRule> unquotedAfterNoun, List<CompiledRule> brandPatterns,
                        List<CompiledRule> copulaPatterns, List<CompiledRule> descriptiveNames,
                        Pattern agentCue, Pattern notNameBefore, Pattern glossPattern, Map<String, String> slugSingulars,
                        Set<String> connectors, Set<String> determiners, Pattern adjectivePattern,
                        Set<String> qualifierLinkers, Set<String> qualifierArticles, Set<String> qualifierSeparators,
                        int compoundHeadMinLength, List<String> elisions, RuleFiles.NameShape shape) {

    /** Instrument kinds; every other kind is a kind of organisation. */
    public static final Set<String> INSTRUMENT_KINDS =
            Set.of("programme", "initiative", "strategy", "project", "plan", "call", "competition", "platform", "network", "fund", "measures");

    public static boolean isInstrumentKind(String kind) {
        return INSTRUMENT_KINDS.contains(kind);
    }

    /**
     * The kind cue that stands beside a name: the first of {@code beforeCues} that matches the text
     * before it, else the first of {@code afterCues} that matches the text after it.
     */
    public Optional<CompiledRule> cueBeside(String before, String after) {
        return firstMatch(beforeCues, before).or(() -> firstMatch(afterCues, after));
    }

    private static Optional<CompiledRule> firstMatch(List<CompiledRule> cues, String text) {
        return cues.stream().filter(c -> c.pattern().matcher(text).find()).findFirst();
    }

    public boolean isInternational(String name) {
        return internationalNames.stream().anyMatch(p -> p.matcher(name).find());
    }
}
