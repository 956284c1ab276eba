package org.w3id.clusterpolicy.lang;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The countries of {@code vocab/countries.csv} (packed from {@code data/vocab/}), by code, with
 * their labels in every language of {@code vocab/countries-nal.csv} (the authority list names its
 * label columns after the EU language codes: {@code fra_label}).
 */
public final class CountryTable {
    public static final String RESOURCE = "/org/w3id/clusterpolicy/vocab/countries.csv";
    public static final String LABELS_RESOURCE = "/org/w3id/clusterpolicy/vocab/countries-nal.csv";
    private static final String LABEL_COLUMN = "_label";
    public static final String AUTHORITY_PREFIX = "http://publications.europa.eu/resource/authority/country/";

    private final Map<String, Country> byCode;

    private CountryTable(Map<String, Country> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static CountryTable load() {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.rows(LABELS_RESOURCE)) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            r.forEach((column, value) -> {
                if (column.endsWith(LABEL_COLUMN) && value != null && !value.isBlank()) {
                    byLanguage.put(column.substring(0, column.length() - LABEL_COLUMN.length()).toUpperCase(Locale.ROOT), value);
                }
            });
            labels.put(r.get("code"), byLanguage);
        }
        Map<String, Country> byCode = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.rows(RESOURCE)) {
            String code = r.get("code");
            Map<String, String> countryLabels = labels.get(code);
            if (countryLabels == null) {
                throw new IllegalStateException(RESOURCE + ": " + code + " is missing from " + LABELS_RESOURCE);
            }
            byCode.put(code, new Country(code, r.get("iri"), r.get("alpha2"), r.get("wikidata"),
                    Boolean.parseBoolean(r.get("european")), countryLabels));
        }
        return new CountryTable(byCode);
    }

    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Country get(String code) {
        Country c = byCode.get(code);
        if (c == null) {
            throw new IllegalArgumentException("unknown country code " + code);
        }
        return c;
    }

    /** Finds a country by ISO alpha-2, alpha-3 / authority code, or authority IRI. */
    public Optional<Country> resolve(String key) {
        String k = key.trim();
        if (k.startsWith(AUTHORITY_PREFIX)) {
            return byCode(k.substring(AUTHORITY_PREFIX.length()));
        }
        String upper = k.toUpperCase(Locale.ROOT);
        if (upper.length() == 3) {
            return byCode(upper);
        }
        if (upper.length() == 2) {
            return byCode.values().stream().filter(c -> upper.equals(c.alpha2())).findFirst();
        }
        return Optional.empty();
    }

    public List<Country> all() {
        return List.copyOf(byCode.values());
    }
}
