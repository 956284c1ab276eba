package org.w3id.clusterpolicy.lang;

import java.util.Map;

/**
 * One entry of the EU Publications Office country authority list, as copied into
 * {@code data/vocab/}: its code (ISO 3166 alpha-3, or XKX for Kosovo), IRI, ISO alpha-2 code where
 * ISO has one, Wikidata entity where checked, and its labels in the official EU languages, keyed by
 * the language's code in the EU language authority list ("ENG", "FRA").
 */
public record Country(String code, String iri, String alpha2, String wikidata, boolean european,
                      Map<String, String> labels) {
    /**
     * The language of the country's reference name: IRI slugs and the conversion report use the
     * English label, so that they stay the same whatever languages the converter knows.
     */
    public static final String REFERENCE_LANGUAGE = "ENG";

    public Country {
        labels = Map.copyOf(labels);
    }

    /** The label in a language of the EU language authority list ("DEU"), or null when the list has none. */
    public String label(String authorityLanguage) {
        return labels.get(authorityLanguage);
    }

    /** The reference name: the English label. */
    public String name() {
        return labels.get(REFERENCE_LANGUAGE);
    }

    /** A readable IRI slug: the English label folded to ASCII ("north-macedonia", "turkiye"). */
    public String slug() {
        return Slugs.slug(name());
    }
}
