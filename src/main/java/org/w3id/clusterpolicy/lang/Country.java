package org.w3id.clusterpolicy.lang;

/**
 * One entry of the EU Publications Office country authority list, as copied into
 * {@code data/vocab/countries.csv}: its code (ISO 3166 alpha-3, or XKX for Kosovo), IRI, ISO alpha-2
 * code where ISO has one, Wikidata entity where checked, and English and German labels.
 */
public record Country(String code, String iri, String alpha2, String wikidata, boolean european,
                      String labelEn, String labelDe) {

    public String label(String lang) {
        return "de".equals(lang) ? labelDe : labelEn;
    }

    /** A readable IRI slug: the English label folded to ASCII ("north-macedonia", "turkiye"). */
    public String slug() {
        return Slugs.slug(labelEn);
    }
}
