package org.w3id.clusterpolicy.lang;

/**
 * The files of a language folder, in the order they are loaded: the one table that says what a
 * language consists of. The loader, the tests and anyone adding a language read it from here.
 */
public enum RuleFile {
    LANGUAGE("language.yaml", RuleFiles.LanguageFile.class),
    COUNTRY_NAMES("country-names.yaml", RuleFiles.CountryNamesFile.class),
    NUMBERS("numbers.yaml", RuleFiles.NumbersFile.class),
    STRUCTURE("structure.yaml", RuleFiles.RulesFile.class),
    STATUS("status.yaml", RuleFiles.RulesFile.class),
    ROLES("roles.yaml", RuleFiles.RulesFile.class),
    NAMES("names.yaml", RuleFiles.NamesFile.class),
    DATES("dates.yaml", RuleFiles.DatesFile.class),
    SECTORS("sectors.yaml", RuleFiles.SectorsFile.class),
    REGIONS("regions.yaml", RuleFiles.RegionsFile.class),
    FUNDS("funds.yaml", RuleFiles.FundsFile.class),
    EU_BODIES("eu-bodies.yaml", RuleFiles.BodiesFile.class);

    private final String fileName;
    private final Class<?> schema;

    RuleFile(String fileName, Class<?> schema) {
        this.fileName = fileName;
        this.schema = schema;
    }

    public String fileName() {
        return fileName;
    }

    /** The record Jackson reads the file into. */
    public Class<?> schema() {
        return schema;
    }
}
