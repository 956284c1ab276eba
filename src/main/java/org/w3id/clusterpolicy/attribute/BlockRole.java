package org.w3id.clusterpolicy.attribute;

/** What a block of a document is about. */
public enum BlockRole {
    /** Text about one country. */
    COUNTRY,
    /** The page's introduction. */
    INTRO,
    /** The EU-level part: EU bodies, EU platforms, closing remarks about Europe as a whole. */
    EU_LEVEL,
    /** Title, furniture, page date, navigation. */
    NON_CONTENT
}
