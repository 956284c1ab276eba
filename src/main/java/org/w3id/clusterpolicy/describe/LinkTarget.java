package org.w3id.clusterpolicy.describe;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.rdf.Vocab;

/** The vocabularies the graph links into, each with its URI space and its name in English and German. */
enum LinkTarget {
    COUNTRIES(Terms.COUNTRY, "EU country authority list", "Länder-Normdatei der EU"),
    NACE(Vocab.NACE, "NACE Rev. 2", "NACE Rev. 2"),
    NUTS(Vocab.NUTS, "NUTS classification", "NUTS-Klassifikation"),
    EUROVOC(Vocab.EUROVOC, "EuroVoc", "EuroVoc"),
    WIKIDATA(Vocab.WIKIDATA, "Wikidata", "Wikidata");

    final String uriSpace;
    final String en;
    final String de;

    LinkTarget(String uriSpace, String en, String de) {
        this.uriSpace = uriSpace;
        this.en = en;
        this.de = de;
    }

    boolean contains(Node n) {
        return n.isURI() && n.getURI().startsWith(uriSpace);
    }

    /**
     * The links into each target, counted by predicate. A link is a triple whose object is in the
     * target and whose subject is not: this leaves out the targets' own structure that the graph
     * keeps as excerpts (nace:10 skos:broader nace:C), and counts the Wikidata matches of the
     * country entries, which this graph asserts.
     */
    static Map<LinkTarget, SortedMap<String, Long>> count(Graph g) {
        Map<LinkTarget, SortedMap<String, Long>> out = new EnumMap<>(LinkTarget.class);
        g.find().forEachRemaining(t -> {
            for (LinkTarget target : values()) {
                if (target.contains(t.getObject()) && !target.contains(t.getSubject())) {
                    out.computeIfAbsent(target, k -> new TreeMap<>()).merge(t.getPredicate().getURI(), 1L, Long::sum);
                }
            }
        });
        return out;
    }
}
