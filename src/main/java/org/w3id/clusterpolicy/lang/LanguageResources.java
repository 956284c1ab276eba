package org.w3id.clusterpolicy.lang;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything the converter knows about one language, loaded from the rule files of its folder (the
 * files {@link RuleFile} lists) and compiled once. Placeholders in patterns: {YEAR}, {MONTH},
 * {NUMBER}, {COUNTRY}, {COUNTRY_EN} (a country's English name), {COUNTRY_ADJ} and, in role
 * patterns, {AGENTS}, {TARGET}, {OBJECT} (an
 * optional {TARGET} after a verb, a {GAP} of a few words without a preposition between) and {THIS}
 * (which match entity markers of a masked sentence). Every rule list is registered as a
 * {@link RuleSet} and every word list with examples as a {@link Gazetteer}, so that the rule tests
 * find them all.
 */
public final class LanguageResources {
    /** How an entity mention is marked in a masked sentence: ⟦E12⟧. */
    public static final String ENTITY_MARK = "⟦E\\d+⟧";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final String code;
    private final LanguageFolders folders;
    private final RuleFiles.LanguageFile profile;
    private final CountryGazetteer countries;
    private final NumberReader numbers;
    private final List<CompiledRule> structure;
    private final List<CompiledRule> status;
    private final NameRules names;
    private final List<CompiledRule> roles;
    private final Pattern partnerCues;
    private final Pattern notAgentBefore;
    private final List<CompiledRule> dateExpressions;
    private final List<CompiledRule> eventCues;
    private final List<CompiledRule> qualifiers;
    private final List<CompiledRule> counted;
    private final Set<String> countedStopWords;
    private final Pattern notQuantityBefore;
    private final List<Pattern> programmeAnaphora;
    private final SectorGazetteer.View sectors;
    private final Aliases aliases;
    private final Map<String, Integer> ordinals;
    private final RegionGazetteer.View regions;
    private final Map<String, List<RuleFiles.TermExample>> termExamples;
    private final TermGazetteer funds = new TermGazetteer();
    private final TermGazetteer euBodies = new TermGazetteer();
    private final List<RuleSet> ruleSets = new ArrayList<>();
    private final List<Gazetteer> gazetteers = new ArrayList<>();
    private final String coordination;
    private final Pattern clauseBreak;
    private final String englishCountryNames;

    /**
     * Loads the rule files of one language. Sectors and regions are read with the gazetteers of all languages
     * (a German text may name a sector in English), which the registry builds first from every language's
     * {@code sectors.yaml} and {@code regions.yaml}; {@code terms} holds this language's two files.
     */
    LanguageResources(String code, LanguageFolders folders, CountryTable countryTable, TermFiles terms) {
        this.code = code;
        this.folders = folders;
        this.profile = read(RuleFile.LANGUAGE, RuleFiles.LanguageFile.class);
        if (!code.equals(profile.code())) {
            throw new IllegalStateException(file(RuleFile.LANGUAGE) + " declares code " + profile.code());
        }
        if (profile.labels() == null) {
            throw new IllegalStateException(file(RuleFile.LANGUAGE) + ": labels are missing");
        }
        profile.labels().check(file(RuleFile.LANGUAGE));
        this.coordination = coordination(profile);
        this.clauseBreak = Pattern.compile(";|" + profile.conjunctions().stream().map(c -> "\\b" + Pattern.quote(c) + "\\b")
                .collect(Collectors.joining("|")));
        RuleFiles.CountryNamesFile countryNamesFile = read(RuleFile.COUNTRY_NAMES, RuleFiles.CountryNamesFile.class);
        this.countries = new CountryGazetteer(profile.authorityCode(), countryNamesFile, countryTable);
        // Agencies brand themselves with the English name of their country ("Business Finland"),
        // in texts of every language.
        this.englishCountryNames = countryTable.all().stream().filter(Country::european).map(Country::name)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        gazetteers.add(new Gazetteer(RuleFile.COUNTRY_NAMES, listOrEmpty(countryNamesFile.examples())));
        RuleFiles.NumbersFile numbersFile = read(RuleFile.NUMBERS, RuleFiles.NumbersFile.class);
        this.numbers = new NumberReader(numbersFile);
        this.ordinals = numbersFile.ordinals();
        this.structure = register(RuleFile.STRUCTURE, "rules", RuleSet.Check.MATCH, null,
                read(RuleFile.STRUCTURE, RuleFiles.RulesFile.class).rules());
        this.status = register(RuleFile.STATUS, "rules", RuleSet.Check.FACTS, "PolicyStatusScheme",
                read(RuleFile.STATUS, RuleFiles.RulesFile.class).rules());
        RuleFiles.RulesFile roleFile = read(RuleFile.ROLES, RuleFiles.RulesFile.class);
        this.roles = register(RuleFile.ROLES, "rules", RuleSet.Check.FACTS, "RoleTypeScheme", roleFile.rules());
        this.partnerCues = compile("roles.yaml partnerCues", roleFile.partnerCues());
        this.notAgentBefore = roleFile.notAgentBefore() == null ? null : compile("roles.yaml notAgentBefore", roleFile.notAgentBefore());
        this.names = compileNames(read(RuleFile.NAMES, RuleFiles.NamesFile.class));
        RuleFiles.DatesFile dates = read(RuleFile.DATES, RuleFiles.DatesFile.class);
        this.dateExpressions = register(RuleFile.DATES, "expressions", RuleSet.Check.FACTS, null, dates.expressions());
        this.eventCues = register(RuleFile.DATES, "eventCues", RuleSet.Check.FACTS, "EventTypeScheme", dates.eventCues());
        this.qualifiers = register(RuleFile.NUMBERS, "qualifiers", RuleSet.Check.FACTS, "QualifierScheme", numbersFile.qualifiers());
        this.counted = register(RuleFile.NUMBERS, "counted", RuleSet.Check.COUNTED, "CountedThingScheme", numbersFile.counted());
        this.countedStopWords = Set.copyOf(numbersFile.countedStopWords());
        this.notQuantityBefore = compile("numbers.yaml notQuantityBefore", numbersFile.notQuantityBefore());
        this.programmeAnaphora = profile.programmeAnaphora() == null ? List.of()
                : profile.programmeAnaphora().stream().map(p -> compile("language.yaml programmeAnaphora", p)).toList();

        this.sectors = terms.sectors().forText(code);
        this.aliases = terms.aliases();
        this.regions = terms.regions().forText(code);
        this.termExamples = Map.of(
                RuleFile.SECTORS.fileName(), terms.sectorFile().examples() == null ? List.of() : terms.sectorFile().examples(),
                RuleFile.REGIONS.fileName(), terms.regionFile().examples() == null ? List.of() : terms.regionFile().examples());
        RuleFiles.FundsFile fundFile = read(RuleFile.FUNDS, RuleFiles.FundsFile.class);
        for (RuleFiles.NamedTerms f : fundFile.funds()) {
            addNamed(funds, f.fund(), f, "fund." + code + "." + f.fund());
        }
        gazetteers.add(new Gazetteer(RuleFile.FUNDS, listOrEmpty(fundFile.examples())));
        RuleFiles.BodiesFile bodyFile = read(RuleFile.EU_BODIES, RuleFiles.BodiesFile.class);
        for (RuleFiles.NamedTerms b : bodyFile.bodies()) {
            addNamed(euBodies, b.authority(), b, "eu." + code + "." + b.authority().toLowerCase(Locale.ROOT));
        }
        gazetteers.add(new Gazetteer(RuleFile.EU_BODIES, listOrEmpty(bodyFile.examples())));
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * The separator between two agents of a role: a comma or a conjunction of the language, then
     * perhaps an article ("X, Y and the Z"). An elided article ("l'") is glued to the next word.
     */
    private static String coordination(RuleFiles.LanguageFile profile) {
        String conjunctions = profile.conjunctions().stream().map(c -> ",? " + Pattern.quote(c) + " ").collect(Collectors.joining("|"));
        String articles = profile.articles().stream()
                .map(a -> Pattern.quote(a) + (a.endsWith("'") || a.endsWith("’") ? "" : " "))
                .collect(Collectors.joining("|"));
        return "(?:\\s*,\\s*" + (conjunctions.isEmpty() ? "" : "|" + conjunctions) + ")" + (articles.isEmpty() ? "" : "(?:" + articles + ")?");
    }

    private void addNamed(TermGazetteer g, String id, RuleFiles.NamedTerms t, String ruleId) {
        for (String n : t.names()) {
            compile(ruleId, n);
            g.add(id, n, false, false, ruleId);
        }
        for (String a : t.acronyms()) {
            g.add(id, a, false, true, ruleId);
        }
    }

    private NameRules compileNames(RuleFiles.NamesFile f) {
        return new NameRules(f.quotes(), f.headNouns(),
                f.headNounBaseForms() == null ? Map.of() : f.headNounBaseForms(),
                Set.copyOf(f.nameStopWords()), f.trailingKindNouns() == null ? Map.of() : f.trailingKindNouns(),
                register(RuleFile.NAMES, "beforeCues", RuleSet.Check.FACTS, RuleSet.KINDS, f.beforeCues()),
                register(RuleFile.NAMES, "afterCues", RuleSet.Check.FACTS, RuleSet.KINDS, f.afterCues()),
                f.internationalNames().stream().map(p -> compile("names.yaml internationalNames", p)).toList(),
                register(RuleFile.NAMES, "unquotedAfterNoun", RuleSet.Check.FACTS, RuleSet.KINDS, f.unquotedAfterNoun()),
                register(RuleFile.NAMES, "brandPatterns", RuleSet.Check.FACTS, RuleSet.KINDS, f.brandPatterns()),
                register(RuleFile.NAMES, "copulaPatterns", RuleSet.Check.FACTS, RuleSet.KINDS, f.copulaPatterns()),
                register(RuleFile.NAMES, "descriptiveNames", RuleSet.Check.FACTS, RuleSet.KINDS, f.descriptiveNames()),
                compile("names.yaml agentCue", f.agentCue()),
                compile("names.yaml notNameBefore", f.notNameBefore()), compile("names.yaml glossPattern", f.glossPattern()),
                f.slugSingulars() == null ? Map.of() : f.slugSingulars(),
                Set.copyOf(profile.connectors()), Set.copyOf(profile.determiners()),
                profile.adjectivePattern() == null ? null : compile("language.yaml adjectivePattern", profile.adjectivePattern()),
                f.qualifierLinkers().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()),
                Set.copyOf(f.qualifierArticles()), Set.copyOf(f.qualifierSeparators()),
                f.compoundHeadMinLength() == null ? 0 : f.compoundHeadMinLength(), profile.elisions(),
                f.shape() == null ? new RuleFiles.NameShape(null, null, null, null) : f.shape());
    }

    /** Compiles a rule list and registers it, so that the rule tests find it. */
    private List<CompiledRule> register(RuleFile file, String key, RuleSet.Check check, String valueScheme, List<RuleFiles.Rule> rules) {
        List<CompiledRule> compiled = compileAll(rules, file.fileName() + " " + key);
        ruleSets.add(new RuleSet(file, key, check, valueScheme, compiled));
        return compiled;
    }

    private List<CompiledRule> compileAll(List<RuleFiles.Rule> rules, String where) {
        List<CompiledRule> out = new ArrayList<>();
        if (rules == null) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (RuleFiles.Rule r : rules) {
            if (r.id() != null && !ids.add(r.id())) {
                throw new IllegalStateException("rule id " + r.id() + " appears twice in language " + code);
            }
            if (r.pattern() == null) {
                throw new IllegalStateException(code + "/" + where + ": rule " + (r.id() == null ? r.value() : r.id()) + " has no pattern");
            }
            String id = r.id() == null ? "counted." + code + "." + r.value() : r.id();
            out.add(new CompiledRule(id, r.value(), compile(id, r.pattern()), r));
        }
        return List.copyOf(out);
    }

    private Pattern compile(String where, String regex) {
        try {
            return Pattern.compile(expand(regex), Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("bad pattern in " + code + "/" + where + ": " + e.getDescription(), e);
        }
    }

    /** Expands the placeholders of a rule pattern into regular expressions. */
    public String expand(String regex) {
        String months = String.join("|", profile.months().keySet().stream().map(Pattern::quote).toList());
        String pronouns = String.join("|", profile.pronouns().stream().map(Pattern::quote).toList());
        return regex
                .replace("{YEAR}", "(?:1[89]\\d{2}|20\\d{2})(?!\\d)")
                .replace("{MONTH}", "(?:" + months + ")")
                .replace("{NUMBER}", numbers.regex())
                .replace("{COUNTRY_ADJ}", "(?:" + countries.adjectiveAlternation() + ")")
                                .replace("{COUNTRY_EN}", "(?:" + englishCountryNames + ")")
                .replace("{COUNTRY}", "(?:" + countries.nameAlternation() + ")")
                .replace("{OBJECT}", "(?:{GAP}{TARGET})?")
                .replace("{GAP}", profile.objectGapWord() == null ? "" : "(?:" + profile.objectGapWord() + "){0,4}?")
                .replace("{AGENTS}", "(?<agents>" + ENTITY_MARK + "(?:" + coordination + ENTITY_MARK + ")*)")
                .replace("{TARGET}", "(?<target>" + ENTITY_MARK + ")")
                .replace("{THIS}", "(?<this>^\\s*(?:" + pronouns + "))");
    }

    private <T> T read(RuleFile file, Class<T> type) {
        return readYaml(folders, code + "/" + file.fileName(), type);
    }

    private String file(RuleFile f) {
        return folders.describe(code + "/" + f.fileName());
    }

    static <T> T readYaml(LanguageFolders folders, String relative, Class<T> type) {
        try (InputStream in = folders.open(relative)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + folders.describe(relative));
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + folders.describe(relative) + ": " + e.getMessage(), e);
        }
    }

    public String code() { return code; }
    public RuleFiles.LanguageFile profile() { return profile; }
    public String authorityCode() { return profile.authorityCode(); }
    public LabelTemplates labels() { return profile.labels(); }
    public CountryGazetteer countries() { return countries; }
    public NumberReader numbers() { return numbers; }
    public List<CompiledRule> structure() { return structure; }
    public List<CompiledRule> status() { return status; }
    public NameRules names() { return names; }
    public List<CompiledRule> roles() { return roles; }
    public Pattern partnerCues() { return partnerCues; }
    /** Text that, right before a name, makes it the object of a preposition, never the subject of a verb ("inside the ⟦ministry⟧"). */
    public Pattern notAgentBefore() { return notAgentBefore; }
    public List<CompiledRule> dateExpressions() { return dateExpressions; }
    public List<CompiledRule> eventCues() { return eventCues; }
    public List<CompiledRule> qualifiers() { return qualifiers; }
    public List<CompiledRule> counted() { return counted; }
    public Set<String> countedStopWords() { return countedStopWords; }
    public Pattern notQuantityBefore() { return notQuantityBefore; }
    /** What begins another coordinated clause: a semicolon or a conjunction of the language ("and", "und"). */
    public Pattern clauseBreak() { return clauseBreak; }
    public List<Pattern> programmeAnaphora() { return programmeAnaphora; }
    public SectorGazetteer.View sectors() { return sectors; }
    /** The reviewed names that stand for one body, shared by every language. */
    public Aliases aliases() { return aliases; }
    /** Ordinal words of the language, lower case, with their rank. */
    public Map<String, Integer> ordinals() { return ordinals; }
    public RegionGazetteer.View regions() { return regions; }
    public TermGazetteer funds() { return funds; }
    public TermGazetteer euBodies() { return euBodies; }
    public Map<String, Integer> months() { return profile.months(); }

    /** Every rule list of this language, in file order: what the rule tests run. */
    public List<RuleSet> ruleSets() { return List.copyOf(ruleSets); }

    /** Every word-list file of this language with its examples. */
    public List<Gazetteer> gazetteers() { return List.copyOf(gazetteers); }

    /** Every rule id this language can write into provenance through a rule list, in file order. */
    public Set<String> ruleIds() {
        Set<String> out = new LinkedHashSet<>();
        ruleSets.forEach(s -> s.rules().forEach(r -> out.add(r.id())));
        return out;
    }

    /** This language's name of a country: the country's label in the authority list, in this language. */
    public String countryLabel(Country country) {
        return country.label(profile.authorityCode());
    }

    /** The examples of sectors.yaml or regions.yaml, for the rule tests. */
    public List<RuleFiles.TermExample> termExamples(String file) {
        return termExamples.getOrDefault(file, List.of());
    }

    /** This language's sector and region files and the gazetteers built from those of every language. */
    record TermFiles(SectorGazetteer sectors, RegionGazetteer regions, RuleFiles.SectorsFile sectorFile,
                     RuleFiles.RegionsFile regionFile, Aliases aliases) {}

    /** Structure rules of one kind (navigation, furniture, page-date, eu-level, platform-list). */
    public List<CompiledRule> structure(String kind) {
        return structure.stream().filter(r -> kind.equals(r.value())).toList();
    }
}
