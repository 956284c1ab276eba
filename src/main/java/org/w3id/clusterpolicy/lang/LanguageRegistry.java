package org.w3id.clusterpolicy.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The languages listed in {@code languages.yaml}, in that order, with their resources loaded. */
public final class LanguageRegistry {
    private final CountryTable countries;
    private final Map<String, LanguageResources> languages = new LinkedHashMap<>();
    private final LanguageDetector detector;

    private LanguageRegistry(CountryTable countries) {
        this.countries = countries;
        RuleFiles.LanguagesFile index = LanguageResources.readYaml(LanguageResources.ROOT + "languages.yaml", RuleFiles.LanguagesFile.class);
        for (String code : index.languages()) {
            languages.put(code, new LanguageResources(code, countries));
        }
        this.detector = new LanguageDetector(List.copyOf(languages.values()));
    }

    public static LanguageRegistry load() {
        return new LanguageRegistry(CountryTable.load());
    }

    public CountryTable countries() {
        return countries;
    }

    public Optional<LanguageResources> get(String code) {
        return Optional.ofNullable(languages.get(code));
    }

    public LanguageResources require(String code) {
        LanguageResources l = languages.get(code);
        if (l == null) {
            throw new IllegalArgumentException("unknown language '" + code + "' (known: " + String.join(", ", languages.keySet()) + ")");
        }
        return l;
    }

    public List<String> codes() {
        return List.copyOf(languages.keySet());
    }

    public List<LanguageResources> all() {
        return List.copyOf(languages.values());
    }

    public LanguageDetector detector() {
        return detector;
    }
}
