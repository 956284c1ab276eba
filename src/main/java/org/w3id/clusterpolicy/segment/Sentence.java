package org.w3id.clusterpolicy.segment;

/** A sentence of a source document: its span (UTF-16 offsets into the document text, end exclusive) and text. */
public record Sentence(String documentId, int start, int end, String text) {}
