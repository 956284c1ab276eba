package org.w3id.clusterpolicy.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;

/** Every term of the ontology is labelled and explained in every language of the registry, and its alignments are to known vocabularies. */
class OntologyTest {
    private static final Graph ONTOLOGY = OntologyConcepts.load(java.util.List.of(OntologyConcepts.FILES.get(0)));
    private static final Node COMMENT = Vocab.iri(Vocab.RDFS + "comment");

    static Set<String> languages(Node s, Node p) {
        Set<String> out = new TreeSet<>();
        ONTOLOGY.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLanguage()));
        return out;
    }

    @Test
    void everyTermHasALabelAndACommentInEveryLanguage() {
        Set<String> languages = new TreeSet<>(Snippets.registry().codes());
        Set<Node> terms = new java.util.HashSet<>();
        ONTOLOGY.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Vocab.CPO)) {
                terms.add(t.getSubject());
            }
        });
        assertTrue(terms.size() > 80, "terms: " + terms.size());
        for (Node term : terms) {
            assertEquals(languages, languages(term, Vocab.LABEL), term + " labels");
            assertEquals(languages, languages(term, COMMENT), term + " comments");
        }
        assertEquals(languages, languages(Vocab.iri(Vocab.ONTOLOGY_IRI), Vocab.DCT_TITLE));
    }

    @Test
    void classesAreAlignedToTheVocabulariesTheyExtend() {
        Node sub = Vocab.iri(Vocab.RDFS + "subClassOf");
        assertTrue(ONTOLOGY.contains(Vocab.cpo("Organisation"), sub, Vocab.iri(Vocab.ORG + "Organization")));
        assertTrue(ONTOLOGY.contains(Vocab.cpo("Programme"), sub, Vocab.iri(Vocab.PROV + "Plan")));
        assertTrue(ONTOLOGY.contains(Vocab.cpo("Sector"), sub, Vocab.SKOS_CONCEPT));
        assertTrue(ONTOLOGY.contains(Vocab.cpo("Sentence"), sub, Vocab.iri(Vocab.NIF + "Sentence")));
        assertTrue(ONTOLOGY.contains(Vocab.cpo("RoleType"), sub, Vocab.iri(Vocab.ORG + "Role")));
    }

    @Test
    void thePolicyStatusSchemeHasTheSevenStatuses() {
        assertEquals(Set.of("national-cluster-policy", "national-programme", "regional-policies", "no-overarching-programme", "no-cluster-policy",
                "early-stage", "bottom-up-districts"), new OntologyConcepts().notations("PolicyStatusScheme").keySet());
    }
}
