package org.w3id.clusterpolicy.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * Reads a dump file into a dataset whose default graph holds every triple (so queries see the
 * whole graph) and whose named graphs are kept when the format has them.
 */
public final class GraphFiles {
    private GraphFiles() {}

    public static DatasetGraph load(Path file) {
        return withUnionDefault(read(file));
    }

    /** Reads a dump as it is: its named graphs, and a default graph with only the triples the file puts there. */
    public static DatasetGraph read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file" + (file.toString().startsWith("data") ? " (run convert first, or give --data)" : ""));
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) {
            throw new BadInputException(file + ": unknown RDF format (use .ttl, .nt, .trig, .nq, .jsonld or .rdf)");
        }
        DatasetGraph ds = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(lang).parse(ds);
        } catch (RiotException e) {
            throw new BadInputException(file + ": not valid " + lang.getLabel() + " (" + e.getMessage() + ")", e);
        }
        return ds;
    }

    /** Adds every triple of the named graphs to the default graph. */
    public static DatasetGraph withUnionDefault(DatasetGraph ds) {
        ds.listGraphNodes().forEachRemaining(n -> ds.getGraph(n).find().forEachRemaining(ds.getDefaultGraph()::add));
        return ds;
    }
}
