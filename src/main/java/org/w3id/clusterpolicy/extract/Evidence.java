package org.w3id.clusterpolicy.extract;

/** The sentence a fact was read from: document, span (UTF-16 offsets, end exclusive), text, language. */
public record Evidence(String documentId, int start, int end, String text, String language) {}
