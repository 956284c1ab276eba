package org.w3id.clusterpolicy.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * The dataset the service answers from: in memory (read from a dump at every start) or in a
 * persistent TDB2 database (loaded from the dump on the first start, reopened as it is on the
 * next). Either way the default graph holds every triple of the named graphs, so queries and
 * resource pages see the whole graph without naming graphs.
 * <p>
 * A TDB2 load counts as done only when its {@link StoreRecord} is written, after the load's
 * transaction committed: a database without one (a load killed half-way) is emptied and loaded
 * again; one whose triple count or checksum differs from its record is refused as damaged.
 */
public final class GraphStore implements ServedGraph {

    /** How the store came to hold its data this time. */
    public enum Origin { MEMORY, TDB2_LOADED, TDB2_REOPENED }

    private final DatasetGraph dataset;
    private final Origin origin;
    private final Instant modified;
    private GraphDigest digest;

    private GraphStore(DatasetGraph dataset, Origin origin, GraphDigest known, Path dump) {
        this.dataset = dataset;
        this.origin = origin;
        this.digest = known;
        this.modified = fileTime(dump);
    }

    public static GraphStore inMemory(Path dump) {
        return new GraphStore(GraphFiles.load(dump), Origin.MEMORY, null, dump);
    }

    /**
     * Opens the TDB2 database in {@code directory}; when it holds no finished load, loads {@code dump}
     * into it (which then must exist). A finished load is reopened, checked against its record and
     * not reloaded.
     */
    public static GraphStore tdb2(Path directory, Path dump) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new BadInputException(directory + ": cannot create the TDB2 folder (" + e.getMessage() + ")", e);
        }
        StoreRecord record = StoreRecord.read(directory).orElse(null);
        if (record != null) {
            return reopen(directory, record, dump);
        }
        if (dump == null || !Files.isRegularFile(dump)) {
            throw new BadInputException(directory + ": the TDB2 database holds no finished load and there is no dump to load (" + dump + ")");
        }
        if (RDFLanguages.filenameToLang(dump.toString()) == null) {
            throw new BadInputException(dump + ": unknown RDF format");
        }
        empty(directory);
        return load(directory, dump);
    }

    private static GraphStore reopen(Path directory, StoreRecord record, Path dump) {
        DatasetGraph dsg = connect(directory);
        try {
            long triples = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
            GraphDigest found = Txn.calculateRead(dsg, () -> GraphDigest.of(dsg));
            if (triples != record.triples() || found.quads() != record.quads() || !found.checksum().equals(record.checksum())) {
                throw new BadInputException(directory + ": the TDB2 database is damaged (it holds " + triples + " triples, checksum "
                        + found.checksum() + "; its load recorded " + record.triples() + " triples, checksum " + record.checksum()
                        + "); remove the folder to load the dump again");
            }
            return new GraphStore(dsg, Origin.TDB2_REOPENED, found, dump);
        } catch (BadInputException e) {
            TDBInternal.expel(dsg);
            throw e;
        } catch (RuntimeException | Error e) {
            TDBInternal.expel(dsg);
            throw new BadInputException(directory + ": the TDB2 database is damaged (" + reason(e) + "); remove the folder to load the dump again", e);
        }
    }

    private static GraphStore load(Path directory, Path dump) {
        DatasetGraph dsg = connect(directory);
        try {
            Txn.executeWrite(dsg, () -> {
                RDFParser.source(dump).parse(dsg);
                GraphFiles.withUnionDefault(dsg);
            });
            long triples = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
            GraphDigest digest = Txn.calculateRead(dsg, () -> GraphDigest.of(dsg));
            new StoreRecord(triples, digest.quads(), digest.checksum(), dump.getFileName().toString()).write(directory);
            return new GraphStore(dsg, Origin.TDB2_LOADED, digest, dump);
        } catch (RuntimeException | Error e) {
            // A full disk shows as an IOException, a RiotException or, through TDB2's memory-mapped
            // files, an InternalError: whichever, release the lock and leave no half-loaded database.
            TDBInternal.expel(dsg);
            empty(directory);
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(directory + ": cannot load " + dump + " into the TDB2 database (" + reason(e) + ")", e);
        }
    }

    private static DatasetGraph connect(Path directory) {
        try {
            return DatabaseMgr.connectDatasetGraph(directory.toString());
        } catch (RuntimeException | Error e) {
            throw new BadInputException(directory + ": not a usable TDB2 database (" + reason(e) + ")", e);
        }
    }

    /** Removes an unfinished database (TDB2's files only; a folder holding anything else is refused). */
    private static void empty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> all = entries.toList();
            List<Path> foreign = all.stream().filter(p -> !StoreRecord.ours(p)).toList();
            if (!foreign.isEmpty()) {
                throw new BadInputException(directory + ": holds files that are not a TDB2 database (" + foreign.get(0).getFileName()
                        + "); give an empty or new folder to --tdb2");
            }
            for (Path p : all) {
                try (Stream<Path> tree = Files.walk(p)) {
                    for (Path f : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException(directory + ": cannot empty the unfinished TDB2 database (" + e.getMessage() + ")", e);
        }
    }

    /** The innermost message of a failure, on one line. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return m.lines().findFirst().orElse(m);
    }

    /** The dump's modification time, or now when there is none to read. */
    private static Instant fileTime(Path dump) {
        try {
            return dump != null && Files.exists(dump) ? Files.getLastModifiedTime(dump).toInstant() : Instant.now();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    @Override
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public QueryExecBuilder newQuery() {
        return QueryExec.dataset(dataset);
    }

    @Override
    public Graph graph() {
        return dataset.getDefaultGraph();
    }

    @Override
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    public Origin origin() {
        return origin;
    }

    @Override
    public String kind() {
        return origin.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Instant modified() {
        return modified;
    }

    /** The content digest of the data served (computed on first use for a store in memory). */
    @Override
    public synchronized GraphDigest digest() {
        if (digest == null) {
            digest = Txn.calculateRead(dataset, () -> GraphDigest.of(dataset));
        }
        return digest;
    }

    @Override
    public void close() {
        if (origin != Origin.MEMORY) {
            TDBInternal.expel(dataset);
        }
    }
}
