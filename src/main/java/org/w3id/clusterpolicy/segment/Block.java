package org.w3id.clusterpolicy.segment;

/**
 * One non-blank line of a source text: its kind, its span in the document (UTF-16 offsets, end
 * exclusive, without surrounding blanks or a list bullet), its text, how many blank lines precede
 * it, and the id of the structure rule that classified it (or null for plain paragraphs).
 */
public record Block(int index, BlockKind kind, int start, int end, String text, int blankLinesBefore, String ruleId) {

    public Block withKind(BlockKind newKind, String rule) {
        return new Block(index, newKind, start, end, text, blankLinesBefore, rule);
    }
}
