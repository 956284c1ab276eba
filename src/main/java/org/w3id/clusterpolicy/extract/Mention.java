package org.w3id.clusterpolicy.extract;

/** Where a sentence names an entity (offsets into the sentence text, UTF-16, end exclusive). */
public record Mention(int start, int end, EntityRef ref, String label) {}
