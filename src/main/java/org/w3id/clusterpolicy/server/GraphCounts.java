package org.w3id.clusterpolicy.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.QueryCatalog;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * What the served graph contains, counted once the same way for the home page and the start-up
 * lines: its triples (the union of the named graphs) and its distinct resources of each main class,
 * counted by the store ({@code server/queries/counts.rq}), not fetched to be counted here.
 * (The converter's summary counts facts as found, before equal ones merge into one resource.)
 */
public final class GraphCounts {
    /** One count: its kind (a key of the page texts, "count." + kind) and the number. */
    public record Count(String kind, long value) {}

    private static final String[][] CLASSES = {{"profiles", "CountryProfile"}, {"programmes", "Programme"},
        {"organisations", "Organisation"}, {"events", "PolicyEvent"}, {"quantities", "Quantity"},
        {"sentences", "Sentence"}, {"sources", "SourceDocument"}};
    private static final CannedQuery QUERY = QueryCatalog.load(PageQueries.FOLDER).get("counts").orElseThrow();

    private GraphCounts() {}

    /** The counts, in the order of the page. */
    public static List<Count> of(ServedData data) {
        Map<Node, Long> byClass = new HashMap<>();
        RowSetRewindable rows = data.rows(QUERY, Map.of());
        while (rows.hasNext()) {
            Binding b = rows.next();
            byClass.put(b.get("class"), Long.parseLong(b.get("resources").getLiteralLexicalForm()));
        }
        List<Count> out = new ArrayList<>();
        out.add(new Count("triples", data.store().size()));
        for (String[] c : CLASSES) {
            out.add(new Count(c[0], byClass.getOrDefault(Vocab.cpo(c[1]), 0L)));
        }
        return out;
    }

    /** The counts in one line, as the start-up lines print them: "5856 triples, 41 profiles, …". */
    public static String line(ServedData data) {
        return String.join(", ", of(data).stream().map(c -> c.value() + " " + c.kind()).toList());
    }
}
