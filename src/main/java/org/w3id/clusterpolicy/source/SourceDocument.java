package org.w3id.clusterpolicy.source;

/**
 * A source text ready for conversion: its id (the last segment of its document IRI), the file it
 * came from, its text (decoded, without a byte-order mark; offsets everywhere are into this text),
 * its language code, whether that language was detected rather than declared, its metadata, and how
 * many control characters the reader replaced by spaces (XML 1.0 and so RDF/XML cannot carry them;
 * a space keeps every offset where it was).
 */
public record SourceDocument(String id, String file, String text, String language, boolean languageDetected,
                             SourceMetadata metadata, int replacedControls) {

    public SourceDocument(String id, String file, String text, String language, boolean languageDetected, SourceMetadata metadata) {
        this(id, file, text, language, languageDetected, metadata, 0);
    }
}
