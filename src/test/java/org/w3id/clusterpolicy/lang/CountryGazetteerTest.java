package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.clusterpolicy.extract.Snippets;

/** The names texts actually use map to the right authority entries, in both languages. */
class CountryGazetteerTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Macedonia|MKD", "de|Mazedonien|MKD", "en|North Macedonia|MKD", "de|Nordmazedonien|MKD",
        "en|Luxemburg|LUX", "en|Luxembourg|LUX", "en|Czech Republic|CZE", "de|Tschechien|CZE",
        "en|Principality of Liechtenstein|LIE", "en|United Kingdom|GBR", "de|Großbritannien|GBR",
        "en|Belarus|BLR", "de|Weißrussland|BLR", "de|Island|ISL", "en|Iceland|ISL", "de|Moldau|MDA",
        "en|Turkey|TUR", "de|Türkei|TUR", "en|Kosovo|XKX", "en|Bosnia and Herzegovina|BIH"})
    void headingsNameTheirCountry(String lang, String heading, String code) {
        assertEquals(Optional.of(code), Snippets.registry().require(lang).countries().fullMatch(heading));
    }

    @Test
    void islandIsIcelandOnlyInGerman() {
        assertEquals(Optional.empty(), Snippets.registry().require("en").countries().fullMatch("Island"));
        assertTrue(Snippets.registry().require("en").countries().find("the economic strategy “Island 2020”").isEmpty());
    }

    @Test
    void adjectivesAreCuesWhereTheyAreTheOnlyOnes() {
        List<CountryMention> en = Snippets.registry().require("en").countries().find("key Finnish industries");
        assertEquals("FIN", en.get(0).code());
        assertTrue(en.get(0).adjective());
        List<CountryMention> de = Snippets.registry().require("de").countries().find("den Export von albanischen Agrargütern");
        assertEquals("ALB", de.get(0).code());
        assertTrue(de.get(0).adjective());
    }

    @Test
    void germanGenitiveNamesAreFound() {
        assertEquals("HUN", Snippets.registry().require("de").countries().find("die Clusterlandschaft Ungarns").get(0).code());
    }

    @Test
    void countryPartsOfLongerNamesAreTheLongestMatch() {
        List<CountryMention> m = Snippets.registry().require("en").countries().find("the Ministry of Economy of the Slovak Republic");
        assertEquals(1, m.size());
        assertEquals("Slovak Republic", m.get(0).surface());
    }
}
