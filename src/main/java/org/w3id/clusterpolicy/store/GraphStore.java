package org.w3id.clusterpolicy.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * The dataset the service answers from: in memory (read from a dump at every start) or in a
 * persistent TDB2 database (loaded from the dump on the first start, reopened as it is on the
 * next). Either way the default graph holds every triple of the named graphs, so queries and
 * resource pages see the whole graph without naming graphs.
 */
public final class GraphStore implements AutoCloseable {

    /** How the store came to hold its data this time. */
    public enum Origin { MEMORY, TDB2_LOADED, TDB2_REOPENED }

    private final DatasetGraph dataset;
    private final Origin origin;

    private GraphStore(DatasetGraph dataset, Origin origin) {
        this.dataset = dataset;
        this.origin = origin;
    }

    public static GraphStore inMemory(Path dump) {
        return new GraphStore(GraphFiles.load(dump), Origin.MEMORY);
    }

    /**
     * Opens the TDB2 database in {@code directory}; when it holds nothing yet, loads {@code dump}
     * into it (which then must exist). A database that holds data is reopened and not reloaded.
     */
    public static GraphStore tdb2(Path directory, Path dump) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new BadInputException(directory + ": cannot create the TDB2 folder (" + e.getMessage() + ")", e);
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        } catch (RuntimeException e) {
            throw new BadInputException(directory + ": not a usable TDB2 database (" + e.getMessage() + ")", e);
        }
        boolean empty = Txn.calculateRead(dsg, dsg::isEmpty);
        if (!empty) {
            return new GraphStore(dsg, Origin.TDB2_REOPENED);
        }
        if (dump == null || !Files.isRegularFile(dump)) {
            throw new BadInputException(directory + ": the TDB2 database is empty and there is no dump to load (" + dump + ")");
        }
        if (RDFLanguages.filenameToLang(dump.toString()) == null) {
            throw new BadInputException(dump + ": unknown RDF format");
        }
        Txn.executeWrite(dsg, () -> {
            RDFParser.source(dump).parse(dsg);
            GraphFiles.withUnionDefault(dsg);
        });
        return new GraphStore(dsg, Origin.TDB2_LOADED);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public Origin origin() {
        return origin;
    }

    /** Triples of the default graph (which holds every triple). */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
    }

    @Override
    public void close() {
        if (origin != Origin.MEMORY) {
            TDBInternal.expel(dataset);
        }
    }
}
