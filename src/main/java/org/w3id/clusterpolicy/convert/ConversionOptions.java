package org.w3id.clusterpolicy.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * What to convert and where to: the source files, the language (null: as declared or detected),
 * the output folder, and the base of the minted IRIs.
 */
public record ConversionOptions(List<Path> sources, String language, Path outputFolder, String base) {
    public static final Path DEFAULT_SOURCE_FOLDER = Path.of("data", "source");
    public static final Path DEFAULT_OUTPUT_FOLDER = Path.of("data");

    /** The default sources: every {@code *.txt} of the folder, in name order. */
    public static List<Path> defaultSources(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": no such folder (run from the project folder or name the sources)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> txt = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (txt.isEmpty()) {
                throw new BadInputException(folder + ": no .txt sources in the folder");
            }
            return txt;
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }
}
