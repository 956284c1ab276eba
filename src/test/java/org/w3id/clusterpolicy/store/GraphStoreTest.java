package org.w3id.clusterpolicy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.clusterpolicy.source.BadInputException;
import org.w3id.clusterpolicy.testing.SmallDisk;

/** TDB2 faults: a damaged database is refused, an unfinished load is redone, a full disk leaves nothing behind. */
class GraphStoreTest {
    static final Path DATA = Path.of("data", "cluster-policy.trig");

    @TempDir
    Path dir;

    private static long expectedTriples() {
        return GraphStore.inMemory(DATA).size();
    }

    @Test
    void aLoadIsRecordedAndTheSameDatabaseReopensWithTheSameDigest() {
        Path db = dir.resolve("db");
        GraphDigest loaded;
        try (GraphStore first = GraphStore.tdb2(db, DATA)) {
            assertEquals(GraphStore.Origin.TDB2_LOADED, first.origin());
            assertEquals(expectedTriples(), first.size());
            loaded = first.digest();
        }
        assertTrue(Files.isRegularFile(db.resolve(StoreRecord.FILE_NAME)));
        try (GraphStore second = GraphStore.tdb2(db, null)) {
            assertEquals(GraphStore.Origin.TDB2_REOPENED, second.origin());
            assertEquals(loaded, second.digest());
        }
    }

    @Test
    void aZeroedIndexIsRefusedAsDamaged() throws Exception {
        Path db = dir.resolve("db");
        GraphStore.tdb2(db, DATA).close();
        for (String index : List.of("SPO.dat", "GSPO.dat")) {
            try (RandomAccessFile f = new RandomAccessFile(db.resolve("Data-0001").resolve(index).toFile(), "rw")) {
                f.write(new byte[(int) f.length()]);
            }
        }
        BadInputException e = assertThrows(BadInputException.class, () -> GraphStore.tdb2(db, DATA));
        assertTrue(e.getMessage().startsWith(db + ": the TDB2 database is damaged ("), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertTrue(e.getMessage().endsWith("remove the folder to load the dump again"), e.getMessage());
    }

    @Test
    void aLoadThatNeverFinishedIsDoneAgain() {
        Path db = dir.resolve("db");
        GraphStore.tdb2(db, DATA).close();
        db.resolve(StoreRecord.FILE_NAME).toFile().delete(); // as if killed between the commit and the record
        try (GraphStore again = GraphStore.tdb2(db, DATA)) {
            assertEquals(GraphStore.Origin.TDB2_LOADED, again.origin());
            assertEquals(expectedTriples(), again.size(), "loaded once, not twice");
        }
    }

    @Test
    void aFolderWithOtherFilesIsNotEmptied() throws Exception {
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("thesis.tex"), "precious");
        BadInputException e = assertThrows(BadInputException.class, () -> GraphStore.tdb2(db, DATA));
        assertEquals(db + ": holds files that are not a TDB2 database (thesis.tex); give an empty or new folder to --tdb2", e.getMessage());
        assertTrue(Files.exists(db.resolve("thesis.tex")));
    }

    @Test
    void aFullDiskDuringTheFirstLoadGivesOneLineAndLeavesNoLockOrPartialDatabase() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 512)) {
            Path db = disk.path().resolve("db");
            BadInputException e = assertThrows(BadInputException.class, () -> GraphStore.tdb2(db, DATA));
            assertTrue(e.getMessage().startsWith(db + ": cannot load " + DATA + " into the TDB2 database ("), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            try (Stream<Path> left = Files.list(db)) {
                assertEquals(List.of(), left.toList(), "no lock, no half-loaded files");
            }
        }
    }
}
