package org.w3id.clusterpolicy.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.store.GraphFiles;

/**
 * The committed dump conforms to ontology/shapes.ttl, and each small broken graph in
 * src/test/resources/shapes/ (one defect each, named by its file) does not: the shapes catch what
 * they are there to catch. Files named *-valid-* must conform. The file states the languages of the
 * packed language registry.
 */
class ShapesTest {
    private static final ShapeValidator VALIDATOR = new ShapeValidator();

    @Test
    void theCommittedDumpConforms() {
        ValidationReport r = VALIDATOR.validate(GraphFiles.load(Path.of("data", "cluster-policy.ttl")).getDefaultGraph());
        assertTrue(r.conforms(), () -> r.getEntries().stream().limit(10).map(Object::toString).reduce("", (a, b) -> a + "\n" + b));
    }

    @Test
    void theShapesFileStatesThePackedLanguages() {
        Graph packed = ShapeValidator.packedShapesGraph();
        Graph derived = ShapeValidator.shapesGraph(Snippets.registry());
        assertTrue(packed.isIsomorphicWith(derived),
                "ontology/shapes.ttl must list the languages of languages.yaml in cpos:LanguageTags, cpos:LanguageEntries and the language pairs");
    }

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(ShapesTest.class.getResource("/shapes").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".ttl")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseIsJudgedAsItsNameSays(Path file) {
        Graph g = RDFDataMgr.loadGraph(file.toString());
        ValidationReport r = VALIDATOR.validate(g);
        if (file.getFileName().toString().contains("-valid-")) {
            assertTrue(r.conforms(), file.getFileName() + ": " + r.getEntries());
        } else {
            assertFalse(r.conforms(), file.getFileName() + " should not conform");
        }
    }
}
