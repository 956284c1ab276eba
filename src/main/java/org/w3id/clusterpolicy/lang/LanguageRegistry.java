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
    private final NutsRegions nuts;
    private final RegionGazetteer regions;

    private LanguageRegistry(CountryTable countries) {
        this.countries = countries;
        this.nuts = NutsRegions.load();
        RuleFiles.LanguagesFile index = LanguageResources.readYaml(LanguageResources.ROOT + "languages.yaml", RuleFiles.LanguagesFile.class);
        // Sector and region names of every language are read in texts of every language: build them first.
        Map<String, RuleFiles.SectorsFile> sectorFiles = new LinkedHashMap<>();
        Map<String, RuleFiles.RegionsFile> regionFiles = new LinkedHashMap<>();
        Map<String, RuleFiles.SectorMorphology> morphology = new LinkedHashMap<>();
        for (String code : index.languages()) {
            RuleFiles.SectorsFile s = LanguageResources.readYaml(LanguageResources.ROOT + code + "/sectors.yaml", RuleFiles.SectorsFile.class);
            sectorFiles.put(code, s);
            morphology.put(code, s.morphology());
            regionFiles.put(code, LanguageResources.readYaml(LanguageResources.ROOT + code + "/regions.yaml", RuleFiles.RegionsFile.class));
        }
        SectorGazetteer sectors = new SectorGazetteer(sectorFiles);
        this.regions = new RegionGazetteer(nuts, regionFiles, morphology);
        for (String code : index.languages()) {
            languages.put(code, new LanguageResources(code, countries,
                    new LanguageResources.TermFiles(sectors, regions, sectorFiles.get(code), regionFiles.get(code))));
        }
        this.detector = new LanguageDetector(List.copyOf(languages.values()));
    }

    public static LanguageRegistry load() {
        return new LanguageRegistry(CountryTable.load());
    }

    public CountryTable countries() {
        return countries;
    }

    /** The NUTS regions the region gazetteer reads names from. */
    public NutsRegions nuts() {
        return nuts;
    }

    /** The region names of every language. */
    public RegionGazetteer regions() {
        return regions;
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
