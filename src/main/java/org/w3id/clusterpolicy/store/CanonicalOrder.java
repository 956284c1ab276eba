package org.w3id.clusterpolicy.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Copies graphs with their triples inserted in one fixed order (that of their N-Triples lines),
 * so that writers, which follow insertion and hash order, give byte-identical output each run.
 */
public final class CanonicalOrder {
    private CanonicalOrder() {}

    private static final Comparator<Triple> ORDER = Comparator.comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject()))
            .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate()))
            .thenComparing(t -> NodeFmtLib.strNT(t.getObject()));

    public static Graph sorted(Graph g) {
        List<Triple> triples = new ArrayList<>(g.find().toList());
        triples.sort(ORDER);
        Graph out = GraphMemFactory.createDefaultGraph();
        triples.forEach(out::add);
        return out;
    }

    /** All triples of every named graph (and the default graph) in one sorted graph, without duplicates. */
    public static Graph union(DatasetGraph ds) {
        return sorted(distinctTriples(ds));
    }

    /** All triples of every named graph (and the default graph), without duplicates, in no set order. */
    public static Graph distinctTriples(DatasetGraph ds) {
        Graph all = GraphMemFactory.createDefaultGraph();
        ds.getDefaultGraph().find().forEachRemaining(all::add);
        // (the default graph of a served dataset already holds the union; adding twice is harmless)
        ds.listGraphNodes().forEachRemaining(n -> ds.getGraph(n).find().forEachRemaining(all::add));
        return all;
    }

    /**
     * The named graphs, sorted. A dataset without named graphs (read from a triples file) keeps
     * its default graph instead; with named graphs, the default graph is their union and left out.
     */
    public static DatasetGraph sorted(DatasetGraph ds) {
        DatasetGraph out = DatasetGraphFactory.create();
        List<Node> names = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        for (Node n : names) {
            out.addGraph(n, sorted(ds.getGraph(n)));
        }
        if (names.isEmpty()) {
            sorted(ds.getDefaultGraph()).find().forEachRemaining(out.getDefaultGraph()::add);
        }
        return out;
    }
}
