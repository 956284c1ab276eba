package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.clusterpolicy.extract.Snippets;

class NumberReaderTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "en|13.000|13000", "de|13.000|13000", "en|2,000|2000", "de|1,5|1.5", "en|1.5|1.5",
        "de|1.234,5|1234.5", "en|1,234.5|1234.5", "en|40|40", "en|four|4", "de|vier|4", "en|Six|6",
        "de|zwölf|12", "en|0.125|0.125", "de|1.000.000|1000000", "fr|1,5|1.5", "fr|4 500|4500", "fr|4\u00a0500,25|4500.25",
        "fr|12\u202f000\u202f000|12000000", "fr|4.500|4500", "fr|dix-sept|17", "fr|quatre-vingt-dix|90"})
    void readsNumbersAsTheLanguageWritesThem(String lang, String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Snippets.registry().require(lang).numbers().parse(text)), text);
    }

    @Test
    void aLoneSeparatorThatIsNotTheLanguagesDecimalMarkIsNoNumber() {
        assertNull(Snippets.registry().require("en").numbers().parse("1,5"));
        assertNull(Snippets.registry().require("de").numbers().parse("1.5"));
    }

    @Test
    void spacesGroupThousandsOnlyInLanguagesThatSaySo() {
        assertNull(Snippets.registry().require("en").numbers().parse("4 500"));
        assertEquals(2, Snippets.registry().require("en").numbers().findAll("4 500 firms").size());
        List<ParsedNumber> fr = Snippets.registry().require("fr").numbers().findAll("près de 4 500 entreprises et 12 clusters");
        assertEquals(List.of("4500", "12"), fr.stream().map(n -> n.value().toPlainString()).toList());
        // a space followed by other than three digits does not join: "en 2015 12 clusters"
        assertEquals(2, Snippets.registry().require("fr").numbers().findAll("en 2015 12 clusters").size());
    }

    @Test
    void multipliersScaleTheNumberBeforeThem() {
        List<ParsedNumber> de = Snippets.registry().require("de").numbers().findAll("Das Programm hat 1,5 Mio. Euro.");
        assertEquals(1, de.size());
        assertEquals(0, new BigDecimal("1500000").compareTo(de.get(0).value()));
        List<ParsedNumber> en = Snippets.registry().require("en").numbers().findAll("a budget of 2.5 million euro");
        assertEquals(0, new BigDecimal("2500000").compareTo(en.get(0).value()));
    }

    @Test
    void digitsGluedToLettersAreNotNumbers() {
        assertEquals(List.of(), Snippets.registry().require("en").numbers().findAll("the EU13-countries and Pooling4Clusters"));
    }
}
