package org.w3id.clusterpolicy.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLanguageTest {
    @ParameterizedTest(name = "lang={0}, Accept-Language={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // an explicit, supported ?lang= wins over the header
            "de      | en-GB,en;q=0.9            | de",
            "en      | de-DE,de;q=0.9            | en",
            "DE      | NULL                      | de",
            " de-AT  | NULL                      | de",
            // an unsupported or empty ?lang= falls back to the header
            "fr      | de                        | de",
            "''      | de                        | de",
            // the header: the most wanted supported language, regions ignored
            "NULL    | de-DE,de;q=0.9,en;q=0.8   | de",
            "NULL    | en-US,en;q=0.9,de;q=0.8   | en",
            "NULL    | de-CH                     | de",
            "NULL    | fr-FR,fr;q=0.9,de;q=0.7,en;q=0.5 | de",
            "NULL    | fr, en;q=0.2, de;q=0.3    | de",
            "NULL    | en;q=0.3, de;q=0.7        | de",
            "NULL    | de;q=0.5, en;q=0.5        | de",
            "NULL    | en;q=0.5, de;q=0.5        | en",
            // refusals (q=0) and the wildcard
            "NULL    | de;q=0, en;q=0.1          | en",
            "NULL    | en;q=0, *                 | de",
            "NULL    | *                         | en",
            "NULL    | fr, de;q=0                | en",
            // nothing usable: English
            "NULL    | NULL                      | en",
            "NULL    | ''                        | en",
            "NULL    | fr-FR, it                 | en",
            "NULL    | ;;;,,,=q                  | en",
            "NULL    | de;q=abc                  | en",
            "NULL    | xx_YY@@, de;q=0.4         | de",
            "NULL    | 'en;q=2, de'              | de",
            "NULL    | ' \t '                    | en",
    })
    void choosesThePageLanguage(String langParam, String acceptLanguage, String expected) {
        assertEquals(expected, PageLanguage.choose(langParam, acceptLanguage));
    }
}
