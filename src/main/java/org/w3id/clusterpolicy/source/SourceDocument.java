package org.w3id.clusterpolicy.source;

/**
 * A source text ready for conversion: its id (the last segment of its document IRI), the file it
 * came from, its text (decoded, without a byte-order mark; offsets everywhere are into this text),
 * its language code, whether that language was detected rather than declared, and its metadata.
 */
public record SourceDocument(String id, String file, String text, String language, boolean languageDetected,
                             SourceMetadata metadata) {}
