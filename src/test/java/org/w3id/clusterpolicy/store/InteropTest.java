package org.w3id.clusterpolicy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every dump format parses with Eclipse RDF4J Rio, a second, independent RDF toolkit, and gives a
 * graph isomorphic to the one Apache Jena reads from the same file.
 */
class InteropTest {

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"TURTLE", "NTRIPLES", "TRIG", "JSONLD", "RDFXML"})
    void rdf4jReadsEveryDumpAsJenaDoes(DumpFormat format) throws IOException {
        Path file = Path.of("data", format.fileName());
        org.eclipse.rdf4j.rio.RDFFormat rioFormat = Rio.getParserFormatForFileName(file.toString()).orElseThrow();
        Model rdf4j;
        try (InputStream in = Files.newInputStream(file)) {
            rdf4j = Rio.parse(in, "", rioFormat);
        }
        DatasetGraph jena = GraphFiles.load(file);
        Graph jenaGraph = jena.getDefaultGraph();
        // Jena's graph, handed to RDF4J through N-Triples, compared as RDF4J compares models.
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, jenaGraph, org.apache.jena.riot.RDFFormat.NTRIPLES_UTF8);
        Model fromJena = Rio.parse(new ByteArrayInputStream(nt.toByteArray()), "", RDFFormat.NTRIPLES);
        Model rdf4jTriples = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
        rdf4j.forEach(st -> rdf4jTriples.add(st.getSubject(), st.getPredicate(), st.getObject()));
        assertTrue(rdf4jTriples.size() > 5000, format + ": " + rdf4jTriples.size());
        assertEquals(fromJena.size(), rdf4jTriples.size(), format + " triple count");
        assertTrue(Models.isomorphic(fromJena, rdf4jTriples), format + ": RDF4J and Jena read different graphs");
        if (format.quads()) {
            assertEquals(7, rdf4j.contexts().size(), "named graphs in " + format);
        }
    }
}
