package org.w3id.clusterpolicy.lang;

/** A gazetteer term found in a text: which concept, where, and by which rule. */
public record TermMatch(int start, int end, String id, String surface, boolean acronym, String ruleId) {}
