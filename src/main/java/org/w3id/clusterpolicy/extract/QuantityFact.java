package org.w3id.clusterpolicy.extract;

import java.math.BigDecimal;

/**
 * A number the text states: its value, qualifier (a notation of the qualifier scheme), what it
 * counts in the text's words and as a counted-thing notation (null if not recognised), and the
 * date it refers to ("2017-01") when the text gives one.
 */
public record QuantityFact(BigDecimal value, String qualifier, String counted, String countedThing,
                           String referenceDate, Evidence evidence, String ruleId, String country) implements Fact {
    @Override
    public String summary() {
        return qualifier + " " + value.toPlainString() + " " + counted;
    }
}
