package org.w3id.clusterpolicy.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;

/** The reviewed alias table: names compare without case or quotes, per country, and every entry is complete. */
class AliasesTest {

    @Test
    void aNameOfTheTableIsKeyedByTheEntrysFirstName() {
        Aliases a = new Aliases(new Aliases.File(List.of(new Aliases.Entry("AUT", List.of("Federal Ministry of Labour", "Bundesministerium für Arbeit"),
                List.of("en sentence", "de sentence"), "the same ministry in two languages"))));
        assertEquals(Optional.of("Federal Ministry of Labour"), a.canonical("AUT", "„Bundesministerium  für ARBEIT“"));
        assertEquals(Optional.empty(), a.canonical("DEU", "Bundesministerium für Arbeit"), "another country's body");
        assertEquals(Optional.empty(), a.canonical("AUT", "Bundesministerium für Wirtschaft"));
    }

    @Test
    void anEntryWithoutReasonOrEvidenceIsRefused() {
        assertThrows(IllegalStateException.class, () -> new Aliases(new Aliases.File(List.of(
                new Aliases.Entry("AUT", List.of("A", "B"), List.of("a"), "why")))));
        assertThrows(IllegalStateException.class, () -> new Aliases(new Aliases.File(List.of(
                new Aliases.Entry("AUT", List.of("A", "B"), List.of("a", "b"), " ")))));
    }

    @Test
    void thePackedTableLoadsAndEveryEntryNamesAKnownCountry() {
        LanguageRegistry registry = Snippets.registry();
        Aliases.File file = LanguageResources.readYaml(LanguageFolders.classPath(), LanguageRegistry.ALIASES, Aliases.File.class);
        assertTrue(file.aliases().size() >= 1);
        for (Aliases.Entry e : file.aliases()) {
            assertTrue(registry.countries().byCode(e.country()).isPresent(), e.country());
            for (String n : e.names()) {
                assertEquals(Optional.of(e.names().get(0)), registry.all().get(0).aliases().canonical(e.country(), n));
            }
        }
    }
}
