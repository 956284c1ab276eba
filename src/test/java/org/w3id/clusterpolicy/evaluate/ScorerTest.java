package org.w3id.clusterpolicy.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.clusterpolicy.convert.Converter;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * The scorer on small hand-made graphs against one small gold: what a perfect match, a missing fact,
 * an extra fact, a duplicate resource and a damaged name do to the scores.
 */
class ScorerTest {
    private static final String TEXT = """
            Netherlands

            There currently do not exist any overarching cluster programmes in the Netherlands. The initiative “Pics in the Delta” lasted from 2003 to 2011 and was managed by the Delta Agency.
            """;
    private static final String GOLD = """
            document: nl
            source: nl.txt
            countries:
              NLD:
                status: {value: no-overarching-programme, evidence: "There currently do not exist any overarching cluster programmes in the Netherlands."}
                entities:
                  - {id: pics, type: programme, kind: initiative, name: Pics in the Delta, evidence: "The initiative “Pics in the Delta” lasted"}
                  - {id: agency, type: organisation, kind: agency, name: Delta Agency, evidence: "managed by the Delta Agency"}
                roles:
                  - {agent: agency, role: managing, target: pics, evidence: "was managed by the Delta Agency"}
                events:
                  - {type: period, subject: pics, date: 2003/2011, evidence: "lasted from 2003 to 2011"}
            """;
    private static final String PREFIXES = """
            @prefix cpo: <https://w3id.org/cluster-policy/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix ctry: <http://publications.europa.eu/resource/authority/country/> .
            @prefix id: <https://w3id.org/cluster-policy/id/> .
            """;
    private static final String PROFILE = """
            id:profile-nl a cpo:CountryProfile ; cpo:country ctry:NLD ; cpo:policyStatus cpo:NoOverarchingProgramme .
            """;
    private static final String AGENCY = """
            id:agency a cpo:Organisation ; rdfs:label "Delta Agency"@en ; cpo:organisationKind cpo:Agency ; cpo:country ctry:NLD .
            id:role a cpo:RoleAssignment ; cpo:agent id:agency ; cpo:roleType cpo:Managing ; cpo:roleIn id:pics ; cpo:country ctry:NLD .
            """;
    private static final String EVENT = """
            id:event a cpo:PolicyEvent ; cpo:eventType cpo:Period ; cpo:subject id:pics ; cpo:country ctry:NLD ;
                cpo:startYear "2003"^^xsd:gYear ; cpo:endYear "2011"^^xsd:gYear ; cpo:datePrecision cpo:RangePrecision .
            """;

    private static Evaluator evaluator;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        LanguageRegistry languages = LanguageRegistry.load();
        OntologyConcepts concepts = new OntologyConcepts();
        evaluator = new Evaluator(new Converter(languages, concepts, "test"), languages, concepts);
        Files.writeString(dir.resolve("nl.txt"), TEXT);
        Files.writeString(dir.resolve("nl.yaml"), GOLD);
    }

    private static String pics(String label, String kind) {
        return "id:pics a cpo:Programme ; rdfs:label \"" + label + "\"@en ; cpo:programmeKind cpo:" + kind + " ; cpo:country ctry:NLD .\n";
    }

    private static Evaluation score(String turtle) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(ds.getDefaultGraph());
        ds.addGraph(Vocab.iri("urn:test:ontology"), new OntologyConcepts().ontology());
        List<Tuple> found = GraphFacts.read(ds);
        return evaluator.score(evaluator.readGold(dir.resolve("nl.yaml")), List.of(), found, List.of());
    }

    /** The graph that matches the gold, with one more resource. */
    private static Evaluation perfectAnd(String extra) {
        return score(pics("Pics in the Delta", "ProgrammeKindInitiative") + AGENCY + EVENT + PROFILE + extra);
    }

    private static KindScore kind(Evaluation e, FactKind k) {
        return e.kinds().stream().filter(s -> s.kind().equals(k.id())).findFirst().orElseThrow();
    }

    @Test
    void aPerfectMatchScoresOne() {
        Evaluation e = perfectAnd("");
        assertEquals(FactKind.values().length, e.kinds().size(), "every kind is listed");
        assertEquals(5, e.all().gold());
        assertEquals(5, e.all().found());
        assertEquals(1.0, e.all().strict().precision());
        assertEquals(1.0, e.all().strict().recall());
        assertEquals(1.0, e.all().strict().f1());
        assertEquals(1.0, e.all().lenient().f1());
        assertTrue(e.misses().isEmpty() && e.unexpected().isEmpty() && e.damaged().isEmpty(), e.toString());
        KindScore sectors = kind(e, FactKind.SECTOR);
        assertEquals(0, sectors.gold());
        assertNull(sectors.strict().precision(), "nothing found, nothing expected: undefined, not 1 or 0");
    }

    @Test
    void aMissingFactLowersRecallOnly() {
        Evaluation e = score(pics("Pics in the Delta", "ProgrammeKindInitiative") + AGENCY + PROFILE);
        KindScore events = kind(e, FactKind.EVENT);
        assertEquals(1, events.gold());
        assertEquals(0, events.found());
        assertEquals(0.0, events.strict().recall());
        assertEquals(1.0, e.all().strict().precision());
        assertEquals(0.8, e.all().strict().recall());
        assertEquals(1, e.misses().size());
        assertEquals("event", e.misses().get(0).kind());
        assertEquals("lasted from 2003 to 2011", e.misses().get(0).evidence(), "a miss shows its source sentence");
        assertTrue(e.misses().get(0).origin().endsWith("nl.yaml:12"), e.misses().get(0).origin());
    }

    @Test
    void anExtraFactLowersPrecisionOnly() {
        Evaluation e = perfectAnd("id:other a cpo:Organisation ; rdfs:label \"Polder Council\"@en ; cpo:organisationKind cpo:OtherOrganisation ; cpo:country ctry:NLD .\n");
        KindScore entities = kind(e, FactKind.ENTITY);
        assertEquals(2, entities.gold());
        assertEquals(3, entities.found());
        assertEquals(1.0, entities.strict().recall());
        assertEquals(0.6667, entities.strict().precision());
        assertEquals(1, e.unexpected().size());
        assertTrue(e.unexpected().get(0).fact().contains("Polder Council"), e.unexpected().toString());
        assertNull(e.unexpected().get(0).note(), "not a duplicate of anything");
    }

    @Test
    void aDuplicateEntityIsAnUnexpectedFact() {
        Evaluation e = perfectAnd("id:pics-again a cpo:Programme ; rdfs:label \"Pics in the Delta\"@de ; cpo:programmeKind cpo:ProgrammeKindInitiative ; cpo:country ctry:NLD .\n");
        KindScore entities = kind(e, FactKind.ENTITY);
        assertEquals(3, entities.found());
        assertEquals(2, entities.strict().truePositives());
        assertEquals(1.0, entities.strict().recall());
        assertTrue(entities.strict().precision() < 1.0);
        assertEquals(1, e.unexpected().size());
        assertTrue(e.unexpected().get(0).note().startsWith("duplicate"), e.unexpected().toString());
    }

    @Test
    void aWrongMergeLeavesAMiss() {
        Evaluation e = score("id:pics a cpo:Programme ; rdfs:label \"Pics in the Delta\"@en , \"Delta Agency\"@en ;"
                + " cpo:programmeKind cpo:ProgrammeKindInitiative ; cpo:country ctry:NLD .\n" + EVENT + PROFILE);
        KindScore entities = kind(e, FactKind.ENTITY);
        assertEquals(1, entities.found());
        assertEquals(1, entities.strict().truePositives());
        assertEquals(0.5, entities.strict().recall());
        assertTrue(e.misses().stream().anyMatch(m -> m.fact().contains("Delta Agency") && m.kind().equals("entity")), e.misses().toString());
    }

    @Test
    void aDamagedNameCountsAsLenientOnly() {
        Evaluation e = score(pics("Pics in the Delta initiative", "ProgrammeKindInitiative") + AGENCY + EVENT + PROFILE);
        KindScore entities = kind(e, FactKind.ENTITY);
        assertEquals(1, entities.strict().truePositives(), "the agency only");
        assertEquals(2, entities.lenient().truePositives());
        assertEquals(1, e.damaged().stream().filter(d -> d.kind().equals("entity")).count());
        assertTrue(e.damaged().get(0).damage().contains("name 'Pics in the Delta initiative'"), e.damaged().toString());
        // The role and the event point at the damaged programme: right but damaged too.
        assertEquals(0, kind(e, FactKind.ROLE).strict().truePositives());
        assertEquals(1, kind(e, FactKind.ROLE).lenient().truePositives());
        assertEquals(1, kind(e, FactKind.EVENT).lenient().truePositives());
    }

    @Test
    void aWrongKindAndAWrongRoleTypeAreLenientOnly() {
        Evaluation e = score(pics("Pics in the Delta", "ProgrammeKindProgramme") + EVENT + PROFILE
                + AGENCY.replace("cpo:Managing", "cpo:Responsible"));
        assertEquals(1, kind(e, FactKind.ENTITY).strict().truePositives());
        assertEquals(2, kind(e, FactKind.ENTITY).lenient().truePositives());
        assertEquals(0, kind(e, FactKind.ROLE).strict().truePositives());
        assertEquals(1, kind(e, FactKind.ROLE).lenient().truePositives());
        assertTrue(e.damaged().stream().anyMatch(d -> "role responsible instead of managing".equals(d.damage())), e.damaged().toString());
    }

    @Test
    void aNameThatOnlyContainsTheGoldNameIsNoMatch() {
        Evaluation e = score(pics("The Pics in the Delta cluster initiative of the Netherlands", "ProgrammeKindInitiative") + AGENCY + EVENT + PROFILE);
        assertEquals(1, kind(e, FactKind.ENTITY).lenient().truePositives(), "the agency only");
    }

    @Test
    void aBroaderStatusIsLenientAnotherBranchIsWrong() {
        Evaluation broader = score(pics("Pics in the Delta", "ProgrammeKindInitiative") + AGENCY + EVENT
                + PROFILE.replace("NoOverarchingProgramme", "RegionalPolicies"));
        assertEquals(0, kind(broader, FactKind.STATUS).strict().truePositives());
        assertEquals(1, kind(broader, FactKind.STATUS).lenient().truePositives());
        Evaluation other = score(pics("Pics in the Delta", "ProgrammeKindInitiative") + AGENCY + EVENT
                + PROFILE.replace("NoOverarchingProgramme", "NationalProgramme"));
        assertEquals(0, kind(other, FactKind.STATUS).lenient().truePositives());
    }
}
