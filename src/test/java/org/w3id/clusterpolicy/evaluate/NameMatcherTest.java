package org.w3id.clusterpolicy.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {
    private static final NameMatcher NAMES = NameMatcher.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“Pôles de compétitivité“        | pôles de compétitivité",
        "the „Pole Programme“            | pole programme",
        "MAG – Cluster Development Bureau | mag cluster development bureau",
        "MAG - Cluster  Development Bureau. | mag cluster development bureau",
        "gi‐Cluster                       | gi-cluster",
        "Die Nationale Clusterplattform   | nationale clusterplattform",
        "l’Agence wallonne de l'innovation | agence wallonne de linnovation",
        "« Alliance des grappes romandes » | alliance des grappes romandes",
        "The                              | the",
        "Corallia's goal                  | corallias goal",
    })
    void normalises(String name, String expected) {
        assertEquals(expected, NAMES.normalise(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Competitiveness Operational Programme | the Competitiveness Operational Programme | STRICT",
        "Competitiveness Operational Programme | COP                                    | NONE",
        "Competitiveness Operational Programme | Romanian Competitiveness Operational Programme | LENIENT",
        "Competitiveness Operational Programme | Competitiveness Operational               | LENIENT",
        "Competitiveness Operational Programme | Operational                               | NONE",
        "Competitiveness Operational Programme | The Romanian Competitiveness Operational Programme (COP) | NONE",
        "Enterprise Estonia                    | innovation agency Enterprise Estonia      | NONE",
    })
    void comparesWithoutAcceptingSubstrings(String gold, String found, Match expected) {
        assertEquals(expected, NAMES.compare(List.of(gold), List.of(found)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"COP | STRICT", "Competitiveness Operational Programme | STRICT", "Programme | NONE"})
    void anAcronymOrAkaTheGoldListsIsAccepted(String found, Match expected) {
        assertEquals(expected, NAMES.compare(List.of("Competitiveness Operational Programme", "COP"), List.of(found)));
    }
}
