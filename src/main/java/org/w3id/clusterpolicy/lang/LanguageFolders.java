package org.w3id.clusterpolicy.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the language folders live: {@code languages.yaml} and one folder per language beside it.
 * The bundled languages are on the class path; a folder on disk holds the same layout, so a
 * language can be added, or tried out, as files only.
 */
public final class LanguageFolders {
    static final String CLASS_PATH_ROOT = "/org/w3id/clusterpolicy/lang/";
    static final String INDEX = "languages.yaml";

    private final Path folder;

    private LanguageFolders(Path folder) {
        this.folder = folder;
    }

    /** The languages packed with the converter. */
    public static LanguageFolders classPath() {
        return new LanguageFolders(null);
    }

    /** The languages of a folder on disk that holds {@code languages.yaml} and the language folders. */
    public static LanguageFolders folder(Path folder) {
        return new LanguageFolders(folder);
    }

    /** Opens a file given relative to the root ("languages.yaml", "de/roles.yaml"); null when it is missing. */
    InputStream open(String relative) {
        if (folder == null) {
            return LanguageFolders.class.getResourceAsStream(CLASS_PATH_ROOT + relative);
        }
        Path file = folder.resolve(relative);
        try {
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The name of a file for messages. */
    String describe(String relative) {
        return folder == null ? CLASS_PATH_ROOT + relative : folder.resolve(relative).toString();
    }
}
