package org.w3id.clusterpolicy.describe;

import org.w3id.clusterpolicy.store.DumpInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.clusterpolicy.store.DumpFormat;
import org.w3id.clusterpolicy.store.GraphFiles;

/**
 * What the description tests share: the committed graph, the dumps a server would offer for it
 * (the committed files and a gzipped N-Quads file) and small SPARQL and Turtle helpers.
 */
final class Fixtures {
    private Fixtures() {}

    static final ServiceUrls URLS = new ServiceUrls("http://localhost:3030/");
    static final Instant MODIFIED = Instant.parse("2026-11-25T07:18:04.123Z");
    static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
            PREFIX cpo: <https://w3id.org/cluster-policy/ontology#>
            """;

    static DatasetGraph data() {
        return GraphFiles.load(Path.of("data", "cluster-policy.trig"));
    }

    static List<DumpInfo> dumps() {
        List<DumpInfo> out = new ArrayList<>();
        for (DumpFormat f : DumpFormat.CONVERTED) {
            try {
                byte[] bytes = Files.readAllBytes(Path.of("data", f.fileName()));
                out.add(new DumpInfo(f.fileName(), f.mediaType(), f.fileType(), false, bytes.length, sha256(bytes), MODIFIED));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.add(new DumpInfo(DumpFormat.NQUADS.fileName() + ".gz", "application/gzip", DumpFormat.NQUADS.fileType(), true, 123_456,
                sha256("stands in for the gzipped N-Quads".getBytes(StandardCharsets.UTF_8)), MODIFIED));
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a SELECT query over a graph. */
    static List<QuerySolution> select(Graph g, String query) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + query, ModelFactory.createModelForGraph(g))) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> out = new ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    /** The single number a COUNT query over a dataset's default graph answers. */
    static long count(DatasetGraph data, String query) {
        try (QueryExec qe = QueryExec.dataset(data).query(PREFIXES + query).build()) {
            Node n = qe.select().next().get("n");
            return Long.parseLong(n.getLiteralLexicalForm());
        }
    }

    /** Writes a graph as Turtle and reads it back. */
    static Graph turtleRoundTrip(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
    }
}
