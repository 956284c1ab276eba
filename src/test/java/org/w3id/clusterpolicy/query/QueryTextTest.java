package org.w3id.clusterpolicy.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A canned query shown as text with its parameters bound (what the editor opens) is SPARQL that
 * runs anywhere as it is and gives the rows the query gives with the same parameters; and every
 * translation of a header is complete.
 */
class QueryTextTest {
    record Run(String name, CannedQuery query, Map<String, String> params) {
        @Override
        public String toString() {
            return name + " " + params;
        }
    }

    @BeforeAll
    static void load() {
        CannedQueriesTest.load();
    }

    static Stream<Run> runs() throws IOException {
        CannedQueriesTest.load();
        List<Run> out = new ArrayList<>();
        for (CannedQueryCases.Case c : CannedQueriesTest.cases()) {
            out.add(new Run(c.id(), CannedQueriesTest.catalog.get(c.query()).orElseThrow(), c.params()));
        }
        // the queries behind the sections of the pages, with their examples
        for (CannedQuery q : QueryCatalog.load("/org/w3id/clusterpolicy/server/queries").all()) {
            Map<String, String> params = new LinkedHashMap<>();
            q.parameters().stream().filter(p -> p.example() != null).forEach(p -> params.put(p.name(), p.example()));
            out.add(new Run("page:" + q.name(), q, params));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theTextWithItsParametersBoundGivesTheSameRows(Run r) {
        String text = CannedQueriesTest.runner.text(r.query(), r.params());
        RowSetRewindable fromText;
        try (QueryExec exec = QueryExec.dataset(CannedQueriesTest.data).query(QueryFactory.create(text)).build()) {
            fromText = exec.select().rewindable();
        }
        RowSetRewindable bound = CannedQueriesTest.runner.run(r.query(), r.params(), CannedQueriesTest.data);
        assertEquals(csv(bound), csv(fromText), text);
        for (String name : r.params().keySet()) {
            assertTrue(!text.contains("?" + name + " ") || text.contains("AS ?" + name + ")"), name + " is bound in\n" + text);
        }
    }

    private static String csv(RowSetRewindable rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultFormat.CSV.write(rows, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyTranslationGivesTitleDescriptionAndEveryParameter() {
        List<CannedQuery> all = new ArrayList<>(CannedQueriesTest.catalog.all());
        all.addAll(QueryCatalog.load("/org/w3id/clusterpolicy/server/queries").all());
        for (CannedQuery q : all) {
            assertTrue(q.languages().contains("de"), q.name() + " has a German header");
            for (String lang : q.languages()) {
                CannedQuery t = q.in(lang);
                assertTrue(!t.title().isBlank() && !t.description().isBlank(), q.name() + " " + lang);
                if (!lang.equals("en")) {
                    assertTrue(!t.title().equals(q.title()), q.name() + " " + lang + " title translated");
                    for (int i = 0; i < q.parameters().size(); i++) {
                        assertTrue(!t.parameters().get(i).description().equals(q.parameters().get(i).description()),
                                q.name() + " " + lang + " parameter " + q.parameters().get(i).name() + " described");
                    }
                }
            }
        }
    }
}
