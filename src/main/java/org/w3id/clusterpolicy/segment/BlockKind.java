package org.w3id.clusterpolicy.segment;

/** What a line of a source text is. */
public enum BlockKind {
    /** The first line: the page title. */
    TITLE,
    /** A short line without closing punctuation. */
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    /** Repeated titles, photo credits and image captions: not content. */
    FURNITURE,
    /** The page's own date ("Stand: Juli 2016"): document metadata, not content. */
    PAGE_DATE,
    /** Navigation text ("please choose a country"): not content. */
    NAVIGATION;

    public boolean isContent() {
        return this == HEADING || this == PARAGRAPH || this == LIST_ITEM;
    }
}
