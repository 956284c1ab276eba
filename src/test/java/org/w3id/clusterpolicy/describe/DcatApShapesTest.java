package org.w3id.clusterpolicy.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;

/** The official shapes load, with exactly the known defects of the published files corrected. */
class DcatApShapesTest {
    private static final String RELEASE = "https://semiceu.github.io/DCAT-AP/releases/3.0.1#";

    @Test
    void dropsOnlyTheFivePathlessPropertyLinksAndWidensTheSpdxPattern() {
        DcatApShapes.Corrections c = DcatApShapes.load().corrections();
        List<String> expected = List.of("dcat:DatasetShape/4918ff7a", "dcat:DatasetShape/95c69c99", "dcat:DistributionShape/653804840",
                "dcat:DistributionShape/a07d6e7a", "dcat:RelationshipShape/b7aa98e1");
        List<Triple> links = c.removed().stream().filter(t -> t.getPredicate().equals(SHACL.property)).toList();
        assertEquals(expected.size(), links.size(), links.toString());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(links.get(i).getObject().getURI().startsWith(RELEASE + expected.get(i)), links.get(i).toString());
        }
        assertEquals(List.of(Triple.create(DcatApShapes.CHECKSUM_ALGORITHM_RESTRICTION, SHACL.pattern, DcatApShapes.SPDX_PATTERN)), c.added());
        assertEquals(6, c.removed().size());
    }

    @Test
    void thePublishedSpdxPatternAcceptsNoSpdxAlgorithmAndTheCorrectedOneOnlySpdx() {
        String sha256 = Terms.SPDX + "checksumAlgorithm_sha256";
        assertFalse(Pattern.compile(DcatApShapes.OFFICIAL_SPDX_PATTERN.getLiteralLexicalForm()).matcher(sha256).find());
        Pattern corrected = Pattern.compile(DcatApShapes.SPDX_PATTERN.getLiteralLexicalForm());
        assertTrue(corrected.matcher(sha256).find());
        assertFalse(corrected.matcher("http://example.org/spdx.org/rdf/terms#sha256").find());
    }
}
