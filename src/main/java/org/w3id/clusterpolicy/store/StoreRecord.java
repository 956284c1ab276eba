package org.w3id.clusterpolicy.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a TDB2 database held when its load finished, kept in a file beside the database: the
 * number of triples of the default graph, the {@link GraphDigest} of every quad, and the dump it
 * was loaded from. The file is written (atomically) only after the load's transaction committed,
 * so a database without it is an interrupted first load; one whose content differs from it is damaged.
 */
public record StoreRecord(long triples, long quads, String checksum, String loadedFrom) {
    public static final String FILE_NAME = "cluster-policy-kg.store.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Optional<StoreRecord> read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), StoreRecord.class));
        } catch (IOException e) {
            return Optional.empty(); // unreadable: as if the load never finished
        }
    }

    void write(Path directory) {
        new AtomicFiles(directory).add(FILE_NAME, out -> JSON.writeValue(out, this)).commit();
    }

    static void delete(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve(FILE_NAME));
    }

    /** The files of a TDB2 database folder and this record: anything else means the folder is not ours to empty. */
    static boolean ours(Path entry) {
        String n = entry.getFileName().toString();
        return n.startsWith("Data-") || n.equals("tdb.lock") || n.equals("Backups") || n.equals(FILE_NAME) || List.of("tdb.cfg").contains(n);
    }
}
