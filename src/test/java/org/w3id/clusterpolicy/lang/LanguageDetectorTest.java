package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;

class LanguageDetectorTest {
    private final LanguageDetector detector = Snippets.registry().detector();

    @Test
    void tellsTheRegistrysLanguagesApart() {
        assertEquals(Optional.of("en"), detector.detect("In Denmark the cluster and network policy is in the responsibility of the ministry."));
        assertEquals(Optional.of("de"), detector.detect("In Ungarn ist das Ministerium für Handel verantwortlich für die nationale Clusterpolitik."));
        assertEquals(Optional.of("fr"), detector.detect("Au Luxembourg, la politique des clusters relève du ministère de l’Économie et elle est mise en œuvre par une agence."));
    }

    @Test
    void refusesToGuessWithoutEvidence() {
        assertEquals(Optional.empty(), detector.detect("Pooling4Clusters 2007-2013"));
        assertEquals(Optional.empty(), detector.detect("Denmark Estonia Finland"));
    }
}
