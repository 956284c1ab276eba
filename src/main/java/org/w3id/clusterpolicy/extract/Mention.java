package org.w3id.clusterpolicy.extract;

/**
 * Where a sentence names an entity (offsets into the sentence text, UTF-16, end exclusive), and
 * whether its kind is only a guess (a quoted name with no word that tells what it is).
 */
public record Mention(int start, int end, EntityRef ref, String label, boolean tentative) {

    public Mention(int start, int end, EntityRef ref, String label) {
        this(start, end, ref, label, false);
    }
}
