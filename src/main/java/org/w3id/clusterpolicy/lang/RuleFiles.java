package org.w3id.clusterpolicy.lang;

import java.util.List;
import java.util.Map;

/**
 * The schemas of the per-language rule files under {@code org/w3id/clusterpolicy/lang/{code}/}.
 * Jackson reads the YAML files straight into these records and rejects unknown fields, so a typo in
 * a rule file fails loudly instead of silently disabling a rule.
 */
public final class RuleFiles {
    private RuleFiles() {}

    /** An example a rule must handle: a text, the country it is about, and the expected summaries. */
    public record Example(String text, String country, List<String> expect) {
        public List<String> expect() { return expect == null ? List.of() : expect; }
    }

    /** A pattern rule; {@code value} is the status, role, kind, event type ... the rule assigns. */
    public record Rule(String id, String value, String pattern, List<Example> examples, List<String> counterexamples,
                       String targetKind, String agentKind, String voice) {
        public List<Example> examples() { return examples == null ? List.of() : examples; }
        public List<String> counterexamples() { return counterexamples == null ? List.of() : counterexamples; }
    }

    public record LanguageFile(String code, String name, String authorityCode, List<String> stopwords,
                               Map<String, Integer> months, List<String> abbreviations, List<String> connectors,
                               List<String> determiners, List<String> pronouns, List<String> programmeAnaphora,
                               String adjectivePattern, List<String> conjunctions, List<String> articles,
                               List<String> elisions, LabelTemplates labels, String objectGapWord) {
        public List<String> elisions() { return elisions == null ? List.of() : elisions; }
    }

    public record CountryNames(List<String> names, List<String> adjectives) {
        public List<String> names() { return names == null ? List.of() : names; }
        public List<String> adjectives() { return adjectives == null ? List.of() : adjectives; }
    }

    public record GazetteerExample(String text, List<String> expect) {}

    public record CountryNamesFile(String id, List<String> nameSuffixes, List<String> adjectiveSuffixes,
                                   List<String> ignoreOfficialLabels, Map<String, CountryNames> countries,
                                   List<GazetteerExample> examples) {}

    public record RulesFile(List<Rule> rules, String partnerCues, String notAgentBefore) {}

    public record Quote(String open, String close) {}

    public record NamesFile(List<Quote> quotes, Map<String, String> headNouns, Map<String, String> headNounBaseForms,
                            List<String> nameStopWords, Map<String, String> trailingKindNouns,
                            List<Rule> beforeCues, List<Rule> afterCues, List<String> internationalNames,
                            List<Rule> unquotedAfterNoun, List<Rule> brandPatterns, List<Rule> copulaPatterns,
                            List<Rule> descriptiveNames, String agentCue, String notNameBefore, String glossPattern,
                            Map<String, String> slugSingulars, List<String> qualifierLinkers, List<String> qualifierArticles,
                            List<String> qualifierSeparators, Integer compoundHeadMinLength, NameShape shape) {}

    /**
     * More of how names are built: head nouns of things that are neither actors nor instruments
     * (reports, studies), how names inflect, and whether their qualifiers are written in lower case.
     */
    public record NameShape(List<String> nonNameHeads, Inflection inflection, Boolean lowercaseQualifierWords,
                            String qualifierAdjectivePattern) {
        public List<String> nonNameHeads() { return nonNameHeads == null ? List.of() : nonNameHeads; }
        /** True where names are written in sentence case, their qualifiers in lower case ("Agence de développement"). */
        public boolean lowercaseQualifiers() { return Boolean.TRUE.equals(lowercaseQualifierWords); }
    }

    /**
     * Case inflection of names after an article: after an oblique article an adjective ending
     * {@code obliqueAdjectiveEnding} takes the nominative ending of its head noun's gender; a head noun
     * in the genitive loses its ending. Genders come from noun endings, longest first.
     */
    public record Inflection(List<String> articles, List<String> obliqueArticles, String obliqueAdjectiveEnding,
                             Map<String, String> nominativeAdjectiveEndings, Map<String, String> genderBySuffix,
                             List<String> genitiveEndings) {}

    public record DatesFile(List<Rule> expressions, List<Rule> eventCues) {}

    public record NumbersFile(String decimalSeparator, List<String> groupSeparators, Map<String, Integer> words, Map<String, Integer> ambiguousWords,
                              Map<String, Long> multipliers, List<Rule> qualifiers, List<Rule> counted,
                              List<String> countedStopWords, String notQuantityBefore, Map<String, Integer> ordinals) {
        /** Ordinal words ("first", "erste", "premier"), which describe a thing by its rank. */
        public Map<String, Integer> ordinals() { return ordinals == null ? Map.of() : ordinals; }
    }

    /**
     * An example of the sector or region files: a text (about {@code country}, an authority code), the concept ids
     * the extractor must find in it, and the ids it names but must not find ({@code not}: near misses).
     */
    public record TermExample(String text, String country, List<String> expect, List<String> not) {
        public List<String> expect() { return expect == null ? List.of() : expect; }
        public List<String> not() { return not == null ? List.of() : not; }
    }

    /**
     * How sector words behave in this language. {@code inflection}: endings a term written in this language may
     * take; {@code linking}: the linking element before a compound head; {@code closedCompounds}: heads may be
     * written together with the term ("Automobilzulieferer"); {@code heads}: nouns that keep a term a sector name
     * when they follow it ("-Cluster", " industry"); {@code listSeparator}: what may stand between two items of a
     * list of sectors; {@code listCue}: words that announce such a list; {@code clusterNames}: a name that matches
     * this pattern names a cluster, so the sectors and regions inside it count.
     */
    public record SectorMorphology(String inflection, String linking, boolean closedCompounds, List<String> heads,
                                   String listSeparator, String listCue, String clusterNames) {
        public List<String> heads() { return heads == null ? List.of() : heads; }
    }

    /**
     * The words for one sector: {@code terms} name it on their own; {@code listTerms} are ambiguous words that name
     * it only in a list of sectors, after a list cue or with a compound head; {@code stems} name it only in a
     * compound or a coordination ("Automobil-", "Agrarwirtschaft").
     */
    public record SectorTerms(String sector, List<String> terms, List<String> listTerms, List<String> stems) {
        public List<String> terms() { return terms == null ? List.of() : terms; }
        public List<String> listTerms() { return listTerms == null ? List.of() : listTerms; }
        public List<String> stems() { return stems == null ? List.of() : stems; }
    }
    public record SectorsFile(SectorMorphology morphology, List<SectorTerms> sectors, List<TermExample> examples) {}

    /** Names of a NUTS region ({@code nuts}: its code) or of a cross-border region of concepts.ttl ({@code region}). */
    public record RegionNames(String nuts, String region, List<String> names) {}

    /**
     * Region names in this language. {@code inflection}: endings a region name takes in texts of this language
     * ("Tirols"); {@code notRegionWords}: words of this language that are also region names somewhere and are never
     * read as regions in its texts ("Regen", "Landes").
     */
    public record RegionsFile(String inflection, List<String> notRegionWords, List<RegionNames> regions,
                              List<TermExample> examples) {
        public List<String> notRegionWords() { return notRegionWords == null ? List.of() : notRegionWords; }
    }

    public record NamedTerms(String fund, String authority, List<String> names, List<String> acronyms) {
        public List<String> acronyms() { return acronyms == null ? List.of() : acronyms; }
    }
    public record FundsFile(List<NamedTerms> funds, List<GazetteerExample> examples) {}
    public record BodiesFile(List<NamedTerms> bodies, List<GazetteerExample> examples) {}

    public record LanguagesFile(List<String> languages, List<String> labelLanguages) {}
}
