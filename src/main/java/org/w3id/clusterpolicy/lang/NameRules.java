package org.w3id.clusterpolicy.lang;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The compiled content of {@code names.yaml} plus the name-related facts of {@code language.yaml}. */
public record NameRules(List<RuleFiles.Quote> quotes, Map<String, String> headNouns, Map<String, String> headNounBaseForms,
                        Set<String> nameStopWords, Map<String, String> trailingKindNouns,
                        List<CompiledRule> beforeCues, List<CompiledRule> afterCues, List<Pattern> internationalNames,
                        List<CompiledRule> unquotedAfterNoun, List<CompiledRule> brandPatterns,
                        List<CompiledRule> copulaPatterns, List<CompiledRule> descriptiveNames,
                        Pattern agentCue, Pattern notNameBefore, Pattern glossPattern, Map<String, String> slugSingulars,
                        Set<String> connectors, Set<String> determiners, Pattern adjectivePattern,
                        RuleFiles.NameShape shape) {

    /** Instrument kinds; every other kind is a kind of organisation. */
    public static final Set<String> INSTRUMENT_KINDS =
            Set.of("programme", "initiative", "strategy", "project", "plan", "call", "competition", "platform", "network", "fund");

    public static boolean isInstrumentKind(String kind) {
        return INSTRUMENT_KINDS.contains(kind);
    }

    public boolean isInternational(String name) {
        return internationalNames.stream().anyMatch(p -> p.matcher(name).find());
    }
}
