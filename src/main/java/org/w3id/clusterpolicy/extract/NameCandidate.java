package org.w3id.clusterpolicy.extract;

/**
 * A possible name in a sentence: the span it takes (with quotes and a trailing "(ACR)"), the name
 * itself, its acronym and gloss, its kind (null until resolved), its EU authority code, the entity
 * type, and the rule that found it.
 */
record NameCandidate(int start, int end, String name, String acronym, String gloss, String kind, String authority,
                     EntityType type, String ruleId) {

    NameCandidate withKind(String newKind, String newRule) {
        return new NameCandidate(start, end, name, acronym, gloss, newKind, authority, type, newRule);
    }

    NameCandidate withSpan(int newStart, int newEnd) {
        return new NameCandidate(newStart, newEnd, name, acronym, gloss, kind, authority, type, ruleId);
    }

    boolean overlaps(NameCandidate other) {
        return start < other.end && end > other.start;
    }
}
