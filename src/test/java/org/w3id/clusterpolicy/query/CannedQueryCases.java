package org.w3id.clusterpolicy.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;

/**
 * The recorded canned-query cases ({@code query-cases/cases.yaml}): a query, its parameters and the
 * rows it gives on the committed data ({@code query-cases/ID.csv}, W3C SPARQL CSV). Every store the
 * project supports must give exactly these rows.
 */
public final class CannedQueryCases {
    private CannedQueryCases() {}

    public record Case(String id, String query, Map<String, String> params) {
        @Override
        public String toString() {
            return id;
        }

        /** The recorded rows, as W3C SPARQL CSV. */
        public String expectedCsv() {
            try (InputStream in = CannedQueryCases.class.getResourceAsStream("/query-cases/" + id + ".csv")) {
                if (in == null) {
                    throw new IllegalStateException("no recorded rows for case " + id);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static List<Case> all() {
        try (InputStream in = CannedQueryCases.class.getResourceAsStream("/query-cases/cases.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Case>>() {}).stream()
                    .map(c -> new Case(c.id(), c.query(), c.params() == null ? Map.of() : c.params())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runner the service uses, with the committed country table and status scheme. */
    public static QueryRunner runner() {
        return new QueryRunner(Snippets.registry().countries(), new OntologyConcepts().notations("PolicyStatusScheme"));
    }

    public static String csv(RowSetRewindable rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultFormat.CSV.write(rows, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
