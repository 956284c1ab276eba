package org.w3id.clusterpolicy.extract;

/**
 * Something a sentence states, with the sentence as evidence, the id of the rule that found it and
 * the country whose text it comes from (null for EU-level text). {@link #summary()} is a short
 * description the rule files' examples are written against.
 */
public sealed interface Fact permits EntityFact, RoleFact, EventFact, QuantityFact, LinkFact, PartnerFact {
    Evidence evidence();

    String ruleId();

    String country();

    String summary();
}
