package org.w3id.clusterpolicy.describe;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * The VoID statistics of a graph, counted in one pass over its triples: sizes, the entities of
 * each class, the triples of each property, and the vocabularies (namespaces) its properties and
 * classes come from. Maps are sorted by IRI.
 */
record GraphStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
                       SortedMap<String, Long> classEntities, SortedMap<String, Long> propertyTriples,
                       SortedSet<String> vocabularies) {

    static GraphStatistics of(Graph g) {
        long[] triples = {0};
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> typed = new HashSet<>();
        Map<Node, Set<Node>> instances = new HashMap<>();
        Map<Node, Long> properties = new HashMap<>();
        g.find().forEachRemaining(t -> {
            triples[0]++;
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            properties.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getPredicate().equals(Vocab.TYPE)) {
                typed.add(t.getSubject());
                instances.computeIfAbsent(t.getObject(), c -> new HashSet<>()).add(t.getSubject());
            }
        });
        SortedMap<String, Long> classEntities = new TreeMap<>();
        instances.forEach((c, members) -> {
            if (c.isURI()) {
                classEntities.put(c.getURI(), (long) members.size());
            }
        });
        SortedMap<String, Long> propertyTriples = new TreeMap<>();
        properties.forEach((p, n) -> propertyTriples.put(p.getURI(), n));
        SortedSet<String> vocabularies = new TreeSet<>();
        propertyTriples.keySet().forEach(iri -> vocabularies.add(namespace(iri)));
        classEntities.keySet().forEach(iri -> vocabularies.add(namespace(iri)));
        return new GraphStatistics(triples[0], typed.size(), subjects.size(), objects.size(), classEntities, propertyTriples, vocabularies);
    }

    /** The namespace of a term: its IRI up to the last '#' or '/'. */
    static String namespace(String iri) {
        return iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
