package org.w3id.clusterpolicy.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * What the served graph contains, counted once the same way for the home page and the start-up
 * lines: its triples (the union of the named graphs) and its distinct resources of each main class.
 * (The converter's summary counts facts as found, before equal ones merge into one resource.)
 */
public final class GraphCounts {
    /** One count: its kind (a key of the page texts, "count." + kind) and the number. */
    public record Count(String kind, long value) {}

    private static final String[][] CLASSES = {{"profiles", "CountryProfile"}, {"programmes", "Programme"},
        {"organisations", "Organisation"}, {"events", "PolicyEvent"}, {"quantities", "Quantity"},
        {"sentences", "Sentence"}, {"sources", "SourceDocument"}};

    private GraphCounts() {}

    /** The counts; call inside a read transaction. */
    public static List<Count> of(ServedData data) {
        Graph g = data.dataset().getDefaultGraph();
        List<Count> out = new ArrayList<>();
        out.add(new Count("triples", g.size()));
        for (String[] c : CLASSES) {
            out.add(new Count(c[0], g.find(Node.ANY, Vocab.TYPE, Vocab.cpo(c[1])).toList().size()));
        }
        return out;
    }

    /** The counts in one line, as the start-up lines print them: "5856 triples, 41 profiles, …". */
    public static String line(ServedData data) {
        return String.join(", ", data.read(() -> of(data)).stream().map(c -> c.value() + " " + c.kind()).toList());
    }
}
