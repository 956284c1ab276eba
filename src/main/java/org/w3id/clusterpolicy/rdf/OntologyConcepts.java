package org.w3id.clusterpolicy.rdf;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The ontology and concept files packed in the jar ({@code /ontology/*.ttl}), and a lookup from the
 * notations the rule files use ("national-programme", "implementing") to concept IRIs. A rule file
 * that names a notation the ontology lacks fails here, at start-up, not in the output.
 */
public final class OntologyConcepts {
    public static final List<String> FILES = List.of("/org/w3id/clusterpolicy/ontology/cluster-policy.ttl", "/org/w3id/clusterpolicy/ontology/concepts.ttl");
    public static final List<String> VOCABULARY_FILES = List.of("/org/w3id/clusterpolicy/vocab/eu-vocabularies.ttl");

    private final Graph ontology;
    private final Map<String, Map<String, Node>> byScheme = new HashMap<>();

    public OntologyConcepts() {
        this.ontology = load(FILES);
        Node inScheme = Vocab.IN_SCHEME;
        ontology.find(Node.ANY, Vocab.NOTATION, Node.ANY).forEachRemaining(t -> {
            for (Triple s : ontology.find(t.getSubject(), inScheme, Node.ANY).toList()) {
                byScheme.computeIfAbsent(s.getObject().getURI(), k -> new HashMap<>()).put(t.getObject().getLiteralLexicalForm(), t.getSubject());
            }
        });
    }

    public static Graph load(List<String> resources) {
        Graph g = GraphMemFactory.createDefaultGraph();
        for (String r : resources) {
            try (InputStream in = OntologyConcepts.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + r);
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return g;
    }

    public Graph ontology() {
        return ontology;
    }

    /** The concept with this notation in the scheme {@code cpo:<schemeLocalName>}. */
    public Node concept(String schemeLocalName, String notation) {
        Node n = byScheme.getOrDefault(Vocab.CPO + schemeLocalName, Map.of()).get(notation);
        if (n == null) {
            throw new IllegalStateException("no concept '" + notation + "' in cpo:" + schemeLocalName);
        }
        return n;
    }

    /** The preferred label (else rdfs:label) of a term in a language, or its IRI's last segment. */
    public String label(Node concept, String lang) {
        for (Node p : new Node[] {Vocab.PREF_LABEL, Vocab.LABEL}) {
            for (Triple t : ontology.find(concept, p, Node.ANY).toList()) {
                if (lang.equals(t.getObject().getLiteralLanguage())) {
                    return t.getObject().getLiteralLexicalForm();
                }
            }
        }
        String iri = concept.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** Notation to IRI of the members of the scheme {@code cpo:<schemeLocalName>}, sorted by notation. */
    public java.util.SortedMap<String, String> notations(String schemeLocalName) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        byScheme.getOrDefault(Vocab.CPO + schemeLocalName, Map.of()).forEach((notation, node) -> out.put(notation, node.getURI()));
        return out;
    }

    /** True when the ontology describes the IRI (sectors, regions and funds of concepts.ttl). */
    public boolean defines(Node iri) {
        return ontology.contains(iri, Vocab.TYPE, Node.ANY);
    }
}
