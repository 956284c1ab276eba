package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;

/** The NUTS table is a consistent classification: levels, parents, countries, ids, names and language tags. */
class NutsRegionsTest {
    private static final NutsRegions NUTS = Snippets.registry().nuts();
    private static final CountryTable COUNTRIES = Snippets.registry().countries();

    @Test
    void everyUnitHasItsLevelParentAndCountry() {
        assertTrue(NUTS.all().size() > 1700, "units: " + NUTS.all().size());
        Map<String, String> countryOfPrefix = new HashMap<>(Map.of("EL", "GRC", "UK", "GBR", "XK", "XKX"));
        for (NutsRegions.Unit u : NUTS.all()) {
            assertTrue(u.code().matches("[A-Z]{2}[A-Z0-9]{1,3}"), u.code());
            assertEquals(u.code().length() - 2, u.level(), u.code() + " level");
            if (u.level() > 1) {
                assertTrue(NUTS.byCode(u.code().substring(0, u.code().length() - 1)).isPresent(), u.code() + " has no parent");
            }
            String expected = countryOfPrefix.computeIfAbsent(u.code().substring(0, 2), p ->
                    COUNTRIES.all().stream().filter(c -> p.equals(c.alpha2())).findFirst().orElseThrow().code());
            assertEquals(expected, u.country(), u.code());
            assertTrue(u.version().equals("2024") || u.version().equals("2016") && u.code().startsWith("UK"), u.code() + " version");
            assertFalse(u.name().isBlank(), u.code());
            u.labels().forEach(l -> assertTrue(l[1].matches("[a-z]{2,3}(-Latn)?"), u.code() + " language " + l[1]));
            u.names().forEach(n -> assertTrue(n.length() >= 3 && n.equals(n.strip()), u.code() + " name '" + n + "'"));
        }
    }

    /** Units share an id only when they cover one territory: each is its parent's only child. */
    @Test
    void unitsShareARegionOnlyWhenTheyAreTheSameTerritory() {
        Map<String, Integer> children = new HashMap<>();
        NUTS.all().forEach(u -> children.merge(u.code().substring(0, u.code().length() - 1), 1, Integer::sum));
        Set<String> ids = new HashSet<>();
        for (NutsRegions.Unit u : NUTS.all()) {
            if (u.id().isEmpty()) {
                assertTrue(u.names().isEmpty(), u.code() + ": a whole country has no names");
                continue;
            }
            assertTrue(u.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), u.id());
            List<NutsRegions.Unit> same = NUTS.unitsOf(u.id());
            NutsRegions.Unit top = same.get(0);
            for (NutsRegions.Unit other : same.subList(1, same.size())) {
                assertTrue(other.code().startsWith(top.code()), other.code() + " shares " + u.id() + " with " + top.code());
                assertEquals(1, children.get(other.code().substring(0, other.code().length() - 1)), other.code() + " is not an only child");
            }
            ids.add(u.id());
        }
        assertTrue(ids.size() > 1600, "region ids: " + ids.size());
        assertEquals("lower-austria", NUTS.byCode("AT12").orElseThrow().id(), "the hand-made regions keep their ids");
        assertEquals("AT13", NUTS.region("vienna").orElseThrow().code(), "Vienna is AT13 (and AT130, the same territory)");
        assertTrue(NUTS.byCode("LU000").orElseThrow().id().isEmpty(), "Luxembourg is a country, not a region");
    }
}
