package org.w3id.clusterpolicy.cli;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;

/** The members of the policy status scheme, notation to IRI, for typed query parameters. */
final class Statuses {
    private Statuses() {}

    static Map<String, String> of(OntologyConcepts concepts) {
        Map<String, String> out = new TreeMap<>();
        concepts.ontology().find(Node.ANY, Vocab.IN_SCHEME, Vocab.cpo("PolicyStatusScheme")).forEachRemaining(t ->
                concepts.ontology().find(t.getSubject(), Vocab.NOTATION, Node.ANY).forEachRemaining(n ->
                        out.put(n.getObject().getLiteralLexicalForm(), t.getSubject().getURI())));
        return out;
    }
}
