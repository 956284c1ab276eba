package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;

class LanguageDetectorTest {
    private final LanguageDetector detector = Snippets.registry().detector();

    @Test
    void tellsEnglishFromGerman() {
        assertEquals(Optional.of("en"), detector.detect("In Denmark the cluster and network policy is in the responsibility of the ministry."));
        assertEquals(Optional.of("de"), detector.detect("In Ungarn ist das Ministerium für Handel verantwortlich für die nationale Clusterpolitik."));
    }

    @Test
    void refusesToGuessWithoutEvidence() {
        assertEquals(Optional.empty(), detector.detect("Pooling4Clusters 2007-2013"));
        assertEquals(Optional.empty(), detector.detect("Denmark Estonia Finland"));
    }
}
