package org.w3id.clusterpolicy.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.clusterpolicy.convert.Converter;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.source.BadInputException;

/** Bad gold files get one message naming the file, the line and the problem; sets combine their files. */
class GoldReaderTest {
    private static final String TEXT = "Hungary\n\nIn Hungary, the Ministry for Trade is responsible for cluster policy. The „New Plan“ ran from 2011 to 2013.\n";
    private static final String HEAD = "document: hu\nsource: hu.txt\ncountries:\n  HUN:\n";
    private static Evaluator evaluator;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        LanguageRegistry languages = LanguageRegistry.load();
        OntologyConcepts concepts = new OntologyConcepts();
        evaluator = new Evaluator(new Converter(languages, concepts, "test"), languages, concepts);
    }

    private Path gold(String name, String body) throws IOException {
        Files.writeString(dir.resolve("hu.txt"), TEXT);
        return Files.writeString(dir.resolve(name), HEAD + body);
    }

    private String refused(Path file) {
        return assertThrows(BadInputException.class, () -> evaluator.readGold(file)).getMessage();
    }

    @Test
    void aMissingFile() {
        Path f = dir.resolve("nowhere.yaml");
        assertEquals(f + ": no such file", refused(f));
    }

    @Test
    void aYamlErrorNamesItsLine() throws IOException {
        Path f = gold("g.yaml", "    entities:\n      - {type: programme, name: [unclosed\n");
        String m = refused(f);
        assertEquals(f + ": line 7: not valid YAML", m.substring(0, m.indexOf(" (")), m);
    }

    @Test
    void anUnknownKindNamesItsLineAndTheKnownValues() throws IOException {
        Path f = gold("g.yaml", "    entities:\n      - {type: programme, kind: programm, name: New Plan, evidence: New Plan}\n");
        String m = refused(f);
        assertEquals(f + ": line 6: unknown programme kind 'programm' (known: call, competition, fund, initiative, measures, network, other, plan, "
                + "platform, programme, project, strategy)", m);
    }

    @Test
    void anUnknownSectorCountryOrReference() throws IOException {
        assertTrue(tail(refused(gold("a.yaml", "    sectors:\n      - {ids: [rocket-science], evidence: cluster policy}\n")))
                .startsWith(": line 6: unknown sector 'rocket-science' (known: aeronautics, agriculture, "));
        assertEquals(": line 4: unknown country 'HUNGARY' (an authority code such as HUN or XKX, or EU)", tail(refused(Files.writeString(dir.resolve("b.yaml"),
                HEAD.replace("HUN:", "HUNGARY:") + "    sectors: []\n"))));
        assertEquals(": line 6: unknown entity 'Ministry of Magic' (an id, name, aka or acronym of an entity of HUN or fund:ID)",
                tail(refused(gold("c.yaml", "    roles:\n      - {agent: Ministry of Magic, role: responsible, target: country, evidence: responsible}\n"))));
    }

    @Test
    void evidenceMustBeInTheText() throws IOException {
        String m = refused(gold("g.yaml", "    status: {value: national-cluster-policy, evidence: the Ministry of Magic}\n"));
        assertEquals(": line 5: evidence not found in " + dir.resolve("hu.txt") + ": \"the Ministry of Magic\"", tail(m));
    }

    @Test
    void aSetCombinesEntitiesAndKeepsTheNarrowerStatus() throws IOException {
        gold("a.yaml", """
                    status: {value: national-cluster-policy, evidence: "the Ministry for Trade is responsible for cluster policy"}
                    entities:
                      - {id: ministry, type: organisation, kind: ministry, name: Ministry for Trade, evidence: the Ministry for Trade}
                    roles:
                      - {agent: ministry, role: responsible, target: country, evidence: is responsible}
                """);
        Files.writeString(dir.resolve("b.yaml"), HEAD + """
                    status: {value: national-programme, evidence: "The „New Plan“ ran from 2011 to 2013."}
                    entities:
                      - {type: organisation, kind: ministry, name: Handelsministerium, aka: [Ministry for Trade], evidence: the Ministry for Trade}
                      - {id: plan, type: programme, kind: plan, name: New Plan, evidence: New Plan}
                    roles:
                      - {agent: Handelsministerium, role: responsible, target: country, evidence: is responsible}
                """);
        Path set = Files.writeString(dir.resolve("set.yaml"), "name: test\nmembers: [a.yaml, b.yaml]\n");
        GoldSet gold = evaluator.readGold(set);
        assertEquals("test", gold.name());
        List<Tuple> entities = gold.tuples().stream().filter(t -> t.kind() == FactKind.ENTITY).toList();
        assertEquals(2, entities.size(), "the ministry of both files is one entity");
        assertEquals(List.of("Ministry for Trade", "Handelsministerium"), ((Claim.Entity) entities.get(0).claim()).entity().names());
        assertEquals(1, gold.tuples().stream().filter(t -> t.kind() == FactKind.ROLE).count(), "the same role counts once");
        assertEquals(List.of("national-programme"), gold.tuples().stream().filter(t -> t.kind() == FactKind.STATUS)
                .map(t -> ((Claim.Value) t.claim()).value()).toList());
    }

    @Test
    void statusesOfTwoBranchesConflict() throws IOException {
        gold("a.yaml", "    status: {value: national-cluster-policy, evidence: responsible}\n");
        Files.writeString(dir.resolve("b.yaml"), HEAD + "    status: {value: no-cluster-policy, evidence: responsible}\n");
        Path set = Files.writeString(dir.resolve("set.yaml"), "members: [a.yaml, b.yaml]\n");
        String m = refused(set);
        assertEquals(dir.resolve("b.yaml") + ": line 5: status no-cluster-policy of HUN conflicts with national-cluster-policy ("
                + dir.resolve("a.yaml") + ":5); one status per country", m);
    }

    private static String tail(String message) {
        return message.substring(message.indexOf(": line"));
    }
}
