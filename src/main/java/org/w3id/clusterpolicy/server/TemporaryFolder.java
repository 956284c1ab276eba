package org.w3id.clusterpolicy.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder made on first use only, and removed with everything in it by {@link #delete()}. */
final class TemporaryFolder {
    private final String prefix;
    private Path path;

    TemporaryFolder(String prefix) {
        this.prefix = prefix;
    }

    synchronized Path path() {
        if (path == null) {
            try {
                path = Files.createTempDirectory(prefix);
                // A server nobody closes (a test's, or one killed by SIGTERM) still leaves nothing behind.
                Runtime.getRuntime().addShutdownHook(new Thread(this::delete, "remove " + path.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return path;
    }

    synchronized void delete() {
        if (path == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            KnowledgeGraphServer.LOG.warn("could not remove {}: {}", path, e.getMessage());
        }
        path = null;
    }
}
