package org.w3id.clusterpolicy.lang;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything the converter knows about one language, loaded from the rule files of its folder and
 * compiled once. Placeholders in patterns: {YEAR}, {MONTH}, {NUMBER}, {COUNTRY}, {COUNTRY_ADJ} and,
 * in role patterns, {AGENTS}, {TARGET}, {THIS} (which match entity markers of a masked sentence).
 */
public final class LanguageResources {
    static final String ROOT = "/org/w3id/clusterpolicy/lang/";
    /** How an entity mention is marked in a masked sentence: ⟦E12⟧. */
    public static final String ENTITY_MARK = "⟦E\\d+⟧";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final String code;
    private final RuleFiles.LanguageFile profile;
    private final CountryGazetteer countries;
    private final NumberReader numbers;
    private final List<CompiledRule> structure;
    private final List<CompiledRule> status;
    private final NameRules names;
    private final List<CompiledRule> roles;
    private final Pattern partnerCues;
    private final List<CompiledRule> dateExpressions;
    private final List<CompiledRule> eventCues;
    private final List<CompiledRule> qualifiers;
    private final List<CompiledRule> counted;
    private final Set<String> countedStopWords;
    private final Pattern notQuantityBefore;
    private final List<Pattern> programmeAnaphora;
    private final SectorGazetteer.View sectors;
    private final RegionGazetteer.View regions;
    private final Map<String, List<RuleFiles.TermExample>> termExamples;
    private final TermGazetteer funds = new TermGazetteer();
    private final TermGazetteer euBodies = new TermGazetteer();
    private final Map<String, RuleFiles.GazetteerExample[]> gazetteerExamples;
    private final RuleFiles.CountryNamesFile countryNamesFile;

    /**
     * Loads the rule files of one language. Sectors and regions are read with the gazetteers of all languages
     * (a German text may name a sector in English), which the registry builds first from every language's
     * {@code sectors.yaml} and {@code regions.yaml}; {@code terms} holds this language's two files.
     */
    LanguageResources(String code, CountryTable countryTable, TermFiles terms) {
        this.code = code;
        this.profile = read("language.yaml", RuleFiles.LanguageFile.class);
        if (!code.equals(profile.code())) {
            throw new IllegalStateException(file("language.yaml") + " declares code " + profile.code());
        }
        this.countryNamesFile = read("country-names.yaml", RuleFiles.CountryNamesFile.class);
        this.countries = new CountryGazetteer(code, countryNamesFile, countryTable);
        RuleFiles.NumbersFile numbersFile = read("numbers.yaml", RuleFiles.NumbersFile.class);
        this.numbers = new NumberReader(numbersFile);
        this.structure = compileAll(read("structure.yaml", RuleFiles.RulesFile.class).rules());
        this.status = compileAll(read("status.yaml", RuleFiles.RulesFile.class).rules());
        RuleFiles.RulesFile roleFile = read("roles.yaml", RuleFiles.RulesFile.class);
        this.roles = compileAll(roleFile.rules());
        this.partnerCues = compile("roles.yaml partnerCues", roleFile.partnerCues());
        this.names = compileNames(read("names.yaml", RuleFiles.NamesFile.class));
        RuleFiles.DatesFile dates = read("dates.yaml", RuleFiles.DatesFile.class);
        this.dateExpressions = compileAll(dates.expressions());
        this.eventCues = compileAll(dates.eventCues());
        this.qualifiers = compileAll(numbersFile.qualifiers());
        this.counted = compileAll(numbersFile.counted());
        this.countedStopWords = Set.copyOf(numbersFile.countedStopWords());
        this.notQuantityBefore = compile("numbers.yaml notQuantityBefore", numbersFile.notQuantityBefore());
        this.programmeAnaphora = profile.programmeAnaphora() == null ? List.of()
                : profile.programmeAnaphora().stream().map(p -> compile("language.yaml programmeAnaphora", p)).toList();

        this.sectors = terms.sectors().forText(code);
        this.regions = terms.regions().forText(code);
        this.termExamples = Map.of(
                "sectors.yaml", terms.sectorFile().examples() == null ? List.of() : terms.sectorFile().examples(),
                "regions.yaml", terms.regionFile().examples() == null ? List.of() : terms.regionFile().examples());
        RuleFiles.FundsFile fundFile = read("funds.yaml", RuleFiles.FundsFile.class);
        for (RuleFiles.NamedTerms f : fundFile.funds()) {
            addNamed(funds, f.fund(), f, "fund." + code + "." + f.fund());
        }
        RuleFiles.BodiesFile bodyFile = read("eu-bodies.yaml", RuleFiles.BodiesFile.class);
        for (RuleFiles.NamedTerms b : bodyFile.bodies()) {
            addNamed(euBodies, b.authority(), b, "eu." + code + "." + b.authority().toLowerCase(java.util.Locale.ROOT));
        }
        this.gazetteerExamples = Map.of(
                "country-names.yaml", arr(countryNamesFile.examples()),
                "funds.yaml", arr(fundFile.examples()),
                "eu-bodies.yaml", arr(bodyFile.examples()));
    }

    private static RuleFiles.GazetteerExample[] arr(List<RuleFiles.GazetteerExample> list) {
        return list == null ? new RuleFiles.GazetteerExample[0] : list.toArray(RuleFiles.GazetteerExample[]::new);
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
                compileAll(f.beforeCues()), compileAll(f.afterCues()),
                f.internationalNames().stream().map(p -> compile("names.yaml internationalNames", p)).toList(),
                compileAll(f.unquotedAfterNoun()), compileAll(f.brandPatterns()), compileAll(f.copulaPatterns()),
                compileAll(f.descriptiveNames()), compile("names.yaml agentCue", f.agentCue()),
                compile("names.yaml notNameBefore", f.notNameBefore()), compile("names.yaml glossPattern", f.glossPattern()),
                f.slugSingulars() == null ? Map.of() : f.slugSingulars(),
                Set.copyOf(profile.connectors()), Set.copyOf(profile.determiners()),
                profile.adjectivePattern() == null ? null : compile("language.yaml adjectivePattern", profile.adjectivePattern()));
    }

    private List<CompiledRule> compileAll(List<RuleFiles.Rule> rules) {
        List<CompiledRule> out = new ArrayList<>();
        if (rules == null) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (RuleFiles.Rule r : rules) {
            if (r.id() != null && !ids.add(r.id())) {
                throw new IllegalStateException("rule id " + r.id() + " appears twice in language " + code);
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
        String coordination = "(?:\\s*,\\s*|,? and |,? und |,? as well as |,? sowie |,? or |,? oder )(?:the |der |die |das |dem |den |des )?";
        return regex
                .replace("{YEAR}", "(?:1[89]\\d{2}|20\\d{2})(?!\\d)")
                .replace("{MONTH}", "(?:" + months + ")")
                .replace("{NUMBER}", numbers.regex())
                .replace("{COUNTRY_ADJ}", "(?:" + countries.adjectiveAlternation() + ")")
                .replace("{COUNTRY}", "(?:" + countries.nameAlternation() + ")")
                .replace("{AGENTS}", "(?<agents>" + ENTITY_MARK + "(?:" + coordination + ENTITY_MARK + ")*)")
                .replace("{TARGET}", "(?<target>" + ENTITY_MARK + ")")
                .replace("{THIS}", "(?<this>^\\s*(?:" + pronouns + "))");
    }

    private <T> T read(String name, Class<T> type) {
        String path = file(name);
        try (InputStream in = LanguageResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + path);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + path + ": " + e.getMessage(), e);
        }
    }

    private String file(String name) {
        return ROOT + code + "/" + name;
    }

    static <T> T readYaml(String path, Class<T> type) {
        try (InputStream in = LanguageResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String code() { return code; }
    public RuleFiles.LanguageFile profile() { return profile; }
    public String authorityCode() { return profile.authorityCode(); }
    public CountryGazetteer countries() { return countries; }
    public NumberReader numbers() { return numbers; }
    public List<CompiledRule> structure() { return structure; }
    public List<CompiledRule> status() { return status; }
    public NameRules names() { return names; }
    public List<CompiledRule> roles() { return roles; }
    public Pattern partnerCues() { return partnerCues; }
    public List<CompiledRule> dateExpressions() { return dateExpressions; }
    public List<CompiledRule> eventCues() { return eventCues; }
    public List<CompiledRule> qualifiers() { return qualifiers; }
    public List<CompiledRule> counted() { return counted; }
    public Set<String> countedStopWords() { return countedStopWords; }
    public Pattern notQuantityBefore() { return notQuantityBefore; }
    public List<Pattern> programmeAnaphora() { return programmeAnaphora; }
    public SectorGazetteer.View sectors() { return sectors; }
    public RegionGazetteer.View regions() { return regions; }
    public TermGazetteer funds() { return funds; }
    public TermGazetteer euBodies() { return euBodies; }
    public Map<String, Integer> months() { return profile.months(); }

    /** The examples of a gazetteer file (country-names.yaml, sectors.yaml ...), for the rule tests. */
    public List<RuleFiles.GazetteerExample> gazetteerExamples(String file) {
        return List.of(gazetteerExamples.getOrDefault(file, new RuleFiles.GazetteerExample[0]));
    }

    /** The examples of sectors.yaml or regions.yaml, for the rule tests. */
    public List<RuleFiles.TermExample> termExamples(String file) {
        return termExamples.getOrDefault(file, List.of());
    }

    /** This language's sector and region files and the gazetteers built from those of every language. */
    record TermFiles(SectorGazetteer sectors, RegionGazetteer regions, RuleFiles.SectorsFile sectorFile,
                     RuleFiles.RegionsFile regionFile) {}

    /** Structure rules of one kind (navigation, furniture, page-date, eu-level, platform-list). */
    public List<CompiledRule> structure(String kind) {
        return structure.stream().filter(r -> kind.equals(r.value())).toList();
    }
}
