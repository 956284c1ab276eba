package org.w3id.clusterpolicy.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * Writes a set of files so that either all of them appear or none: each goes to a temporary file
 * in the target folder first; only when every one is written are they renamed into place.
 */
public final class AtomicFiles {

    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final Map<String, Content> files = new LinkedHashMap<>();

    public AtomicFiles(Path folder) {
        this.folder = folder;
    }

    public AtomicFiles add(String fileName, Content content) {
        files.put(fileName, content);
        return this;
    }

    /** Writes every file; on any failure removes the temporary files and leaves the folder as it was. */
    public List<Path> commit() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot create the output folder (" + reason(e) + ")", e);
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new BadInputException(folder + ": output folder is not writable");
        }
        Map<Path, Path> written = new LinkedHashMap<>();
        try {
            for (var e : files.entrySet()) {
                // Not Files.createTempFile: its files are private (0600); these are for everyone to read.
                Path tmp = folder.resolve("." + e.getKey() + "." + UUID.randomUUID() + ".tmp");
                written.put(tmp, folder.resolve(e.getKey()));
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    e.getValue().writeTo(out);
                }
            }
            List<Path> out = new ArrayList<>();
            for (var e : written.entrySet()) {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                out.add(e.getValue());
            }
            return out;
        } catch (IOException | RuntimeException | Error e) {
            // Writers wrap a full disk in their own unchecked exceptions: clean up whatever failed.
            for (Path tmp : written.keySet()) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the original failure is what the user needs to see
                }
            }
            IOException io = ioCause(e);
            if (io != null) {
                throw new BadInputException(folder + ": cannot write the output (" + reason(io) + ")", e);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e;
        }
    }

    /** The I/O failure behind an exception, if there is one in its chain of causes. */
    static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
