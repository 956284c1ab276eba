package org.w3id.clusterpolicy.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;

/** Substituted queries print as SPARQL that parses again and gives the rows Jena's own substitution gives. */
class ParameterSubstitutionTest {
    private static final String DATA = """
            PREFIX : <http://example.org/>
            :a :in :x ; :label "Alpha"@en , "Alpha"@de .
            :b :in :x ; :label "beta"@en .
            :c :in :y ; :label "Gamma"@en .
            """;

    /** The parameter ?group is projected, grouped by, sorted by and used in a subquery, as ?country is in the canned queries. */
    private static final String QUERY = """
            PREFIX : <http://example.org/>
            SELECT ?group ?item ?label ?members
            WHERE {
              {
                SELECT ?group ?item (MIN(?l) AS ?label)
                WHERE { ?item :in ?group ; :label ?l FILTER(LANG(?l) = COALESCE(?lang, "en")) }
                GROUP BY ?group ?item
              }
              OPTIONAL { SELECT ?group (COUNT(?m) AS ?members) WHERE { ?m :in ?group } GROUP BY ?group }
            }
            ORDER BY ?group STR(LCASE(STR(?label))) ?item
            """;

    private static DatasetGraph data() {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(ds);
        return ds;
    }

    private static String csv(Query query, Map<Var, Node> substitution) {
        var builder = QueryExec.dataset(data()).query(query);
        substitution.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            RowSetRewindable rows = exec.select().rewindable();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultFormat.CSV.write(rows, out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void givesTheRowsOfJenasSubstitutionAsTextThatParsesAgain() {
        Map<Var, Node> values = new LinkedHashMap<>();
        values.put(Var.alloc("group"), NodeFactory.createURI("http://example.org/x"));
        values.put(Var.alloc("lang"), NodeFactory.createLiteralString("en"));
        Query bound = ParameterSubstitution.apply(QUERY, values);
        Query reparsed = QueryFactory.create(bound.serialize());
        String expected = csv(QueryFactory.create(QUERY), values);
        assertEquals(expected, csv(reparsed, Map.of()));
        assertEquals("group,item,label,members", expected.lines().findFirst().orElseThrow());
        assertEquals(3, expected.strip().lines().count(), expected);
        assertTrue(expected.contains("http://example.org/x,http://example.org/b,beta,2"), expected);
        assertFalse(bound.serialize().contains("?lang"), bound.serialize());
    }

    @Test
    void aValueStaysOneTermWhateverItsText() {
        Map<Var, Node> values = Map.of(Var.alloc("lang"), NodeFactory.createLiteralString("en\") } } ; DROP ALL ; SELECT * { { \""));
        Query bound = ParameterSubstitution.apply(QUERY, values);
        assertTrue(QueryFactory.create(bound.serialize()).isSelectType());
        assertEquals("group,item,label,members", csv(bound, Map.of()).strip());
    }

    @Test
    void withoutValuesTheQueryIsTheFilesQuery() {
        assertEquals(QueryFactory.create(QUERY), ParameterSubstitution.apply(QUERY, Map.of()));
    }
}
