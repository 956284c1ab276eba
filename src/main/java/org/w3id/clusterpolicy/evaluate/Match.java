package org.w3id.clusterpolicy.evaluate;

/** How well a found fact agrees with a gold fact: entirely, right but damaged, or not at all. */
public enum Match {
    STRICT, LENIENT, NONE;

    /** The weaker of two matches. */
    Match and(Match other) {
        return compareTo(other) >= 0 ? this : other;
    }

    boolean atLeastLenient() {
        return this != NONE;
    }
}
