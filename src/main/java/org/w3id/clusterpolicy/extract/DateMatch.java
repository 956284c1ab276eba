package org.w3id.clusterpolicy.extract;

/**
 * A date expression found in a sentence: its span (offsets into the sentence), the expression kind
 * (range, since, decade, since-decade, month, point, duration, reference), the date, the number of
 * years for a duration, and the rule.
 */
public record DateMatch(int start, int end, String kind, DateValue date, int years, String ruleId, boolean glued) {}
