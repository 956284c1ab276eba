package org.w3id.clusterpolicy.lang;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The languages listed in {@code languages.yaml}, in that order, with their resources loaded: the
 * one place every list of languages comes from (the language of a source, the labels the converter
 * writes, the languages the shapes accept, the label languages of the canned queries). Adding a
 * language is adding its folder and a line in {@code languages.yaml}.
 */
public final class LanguageRegistry {
    private final CountryTable countries;
    private final Map<String, LanguageResources> languages = new LinkedHashMap<>();
    private final List<String> labelLanguages;
    private final LanguageDetector detector;
    private final NutsRegions nuts;
    private final RegionGazetteer regions;

    private LanguageRegistry(LanguageFolders folders, CountryTable countries) {
        this.countries = countries;
        this.nuts = NutsRegions.load();
        RuleFiles.LanguagesFile index = readIndex(folders);
        // Sector and region names of every language are read in texts of every language: build them first.
        Map<String, RuleFiles.SectorsFile> sectorFiles = new LinkedHashMap<>();
        Map<String, RuleFiles.RegionsFile> regionFiles = new LinkedHashMap<>();
        Map<String, RuleFiles.SectorMorphology> morphology = new LinkedHashMap<>();
        for (String code : index.languages()) {
            if (sectorFiles.containsKey(code)) {
                throw new IllegalStateException(folders.describe(LanguageFolders.INDEX) + " lists " + code + " twice");
            }
            RuleFiles.SectorsFile sectorFile = LanguageResources.readYaml(folders, code + "/" + RuleFile.SECTORS.fileName(), RuleFiles.SectorsFile.class);
            sectorFiles.put(code, sectorFile);
            morphology.put(code, sectorFile.morphology());
            regionFiles.put(code, LanguageResources.readYaml(folders, code + "/" + RuleFile.REGIONS.fileName(), RuleFiles.RegionsFile.class));
        }
        SectorGazetteer sectors = new SectorGazetteer(sectorFiles);
        Aliases aliases = new Aliases(hasFile(folders, ALIASES)
                ? LanguageResources.readYaml(folders, ALIASES, Aliases.File.class) : new Aliases.File(List.of()));
        this.regions = new RegionGazetteer(nuts, regionFiles, morphology);
        for (String code : index.languages()) {
            languages.put(code, new LanguageResources(code, folders, countries,
                    new LanguageResources.TermFiles(sectors, regions, sectorFiles.get(code), regionFiles.get(code), aliases)));
        }
        this.labelLanguages = index.labelLanguages() == null ? List.copyOf(languages.keySet()) : List.copyOf(index.labelLanguages());
        for (String code : labelLanguages) {
            if (!languages.containsKey(code)) {
                throw new IllegalStateException(folders.describe(LanguageFolders.INDEX) + ": label language " + code
                        + " is not one of the languages " + languages.keySet());
            }
        }
        this.detector = new LanguageDetector(List.copyOf(languages.values()));
    }

    /** The reviewed alias table beside languages.yaml; a folder of languages without one has no aliases. */
    static final String ALIASES = "aliases.yaml";

    private static boolean hasFile(LanguageFolders folders, String relative) {
        try (java.io.InputStream in = folders.open(relative)) {
            return in != null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The languages packed with the converter. */
    public static LanguageRegistry load() {
        return load(LanguageFolders.classPath());
    }

    /** The languages of a folder that holds {@code languages.yaml} and one folder per language. */
    public static LanguageRegistry load(Path folder) {
        return load(LanguageFolders.folder(folder));
    }

    private static LanguageRegistry load(LanguageFolders folders) {
        return new LanguageRegistry(folders, CountryTable.load());
    }

    /**
     * The codes {@code languages.yaml} of the packed languages lists, read without loading the
     * languages: for parts that only need the list (the label languages a canned query accepts).
     */
    public static List<String> listedCodes() {
        return List.copyOf(readIndex(LanguageFolders.classPath()).languages());
    }

    private static RuleFiles.LanguagesFile readIndex(LanguageFolders folders) {
        RuleFiles.LanguagesFile index = LanguageResources.readYaml(folders, LanguageFolders.INDEX, RuleFiles.LanguagesFile.class);
        if (index.languages() == null || index.languages().isEmpty()) {
            throw new IllegalStateException(folders.describe(LanguageFolders.INDEX) + " lists no language");
        }
        return index;
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

    /**
     * The languages in which the converter labels the resources it mints (profiles, sections,
     * sentences, roles, events, assertions): each gets one label in every one of them.
     */
    public List<LanguageResources> labelLanguages() {
        return labelLanguages.stream().map(languages::get).toList();
    }

    public LanguageDetector detector() {
        return detector;
    }
}
