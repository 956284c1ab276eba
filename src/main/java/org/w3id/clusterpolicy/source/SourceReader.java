package org.w3id.clusterpolicy.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.Slugs;

/**
 * Reads a source text and its optional {@code NAME.meta.json}, rejecting what is not a usable text
 * with one clear line. The language is, in order: the one asked for, the one the metadata
 * declares, the one detected from the text.
 */
public final class SourceReader {
    public static final String METADATA_SUFFIX = ".meta.json";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final LanguageRegistry languages;

    public SourceReader(LanguageRegistry languages) {
        this.languages = languages;
    }

    /** Reads one source; {@code requestedLanguage} is a language code or null for automatic. */
    public SourceDocument read(Path file, String requestedLanguage) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new BadInputException(name + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(name + ": is a directory, not a text file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String decoded = decode(name, bytes);
        String text = withoutControls(decoded);
        if (text.isBlank()) {
            throw new BadInputException(name + ": empty file");
        }
        SourceMetadata meta = readMetadata(file);
        String lang = requestedLanguage != null ? requestedLanguage : meta.language();
        boolean detected = false;
        if (lang == null) {
            lang = languages.detector().detect(text).orElseThrow(() ->
                    new BadInputException(name + ": cannot tell the language of the text (known: "
                            + String.join(", ", languages.codes()) + "); give --lang"));
            detected = true;
        } else if (languages.get(lang).isEmpty()) {
            throw new BadInputException(name + ": unknown language '" + lang + "' (known: " + String.join(", ", languages.codes()) + ")");
        }
        String id = meta.id() != null ? meta.id() : Slugs.slug(baseName(file));
        if (id.isEmpty()) {
            throw new BadInputException(name + ": cannot make a document id from the file name");
        }
        return new SourceDocument(id, name, text, lang, detected, meta.withLanguage(lang), differences(decoded, text));
    }

    /**
     * The text with every control character but tab, line feed and carriage return (and the
     * non-characters U+FFFE, U+FFFF) replaced by a space: XML 1.0, and so the RDF/XML dump, cannot
     * hold them, and a space keeps the offsets of every other character where they were.
     */
    static String withoutControls(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
            if (control && sb == null) {
                sb = new StringBuilder(text);
            }
            if (control) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return n;
    }

    private static String decode(String name, byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new BadInputException(name + ": binary file (contains NUL bytes), not a text");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(8, bytes.length / 100)) {
            throw new BadInputException(name + ": binary file (" + controls + " control bytes), not a text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int at = buffer.position();
            throw new BadInputException(String.format("%s: not valid UTF-8 (byte 0x%02X at offset %d)", name, bytes[at] & 0xFF, at), e);
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": not valid UTF-8", e);
        }
    }

    /** The metadata beside a source, or an empty record when there is none. */
    public static SourceMetadata readMetadata(Path file) {
        Path meta = metadataPath(file);
        if (!Files.exists(meta)) {
            return new SourceMetadata(null, null, null, null, null, null, null, null);
        }
        SourceMetadata read;
        try {
            read = JSON.readValue(meta.toFile(), SourceMetadata.class);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new BadInputException(meta + ": invalid metadata (" + reason + ")", e);
        }
        if (read == null) {
            throw new BadInputException(meta + ": invalid metadata (expected a JSON object, found null)");
        }
        check(meta, read);
        return read;
    }

    /** The id becomes the last segment of an IRI and the url an IRI: both must be usable as such. */
    private static void check(Path meta, SourceMetadata m) {
        if (m.id() != null && !ID.matcher(m.id()).matches()) {
            throw new BadInputException(meta + ": invalid metadata (id '" + m.id()
                    + "' must be letters, digits, '.', '_', '~' or '-', without spaces)");
        }
        if (m.url() != null) {
            java.net.URI uri;
            try {
                uri = new java.net.URI(m.url());
            } catch (java.net.URISyntaxException e) {
                throw new BadInputException(meta + ": invalid metadata (url is not a valid URL: " + e.getReason() + " at index " + e.getIndex() + ")", e);
            }
            if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().toLowerCase(java.util.Locale.ROOT).matches("https?")) {
                throw new BadInputException(meta + ": invalid metadata (url '" + m.url() + "' is not an absolute http or https URL)");
            }
        }
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");

    public static Path metadataPath(Path file) {
        return file.resolveSibling(baseName(file) + METADATA_SUFFIX);
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
