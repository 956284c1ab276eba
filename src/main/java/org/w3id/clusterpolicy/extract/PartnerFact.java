package org.w3id.clusterpolicy.extract;

/** A country takes part in a programme as a partner. */
public record PartnerFact(EntityRef programme, String programmeLabel, String partner, Evidence evidence,
                          String ruleId, String country) implements Fact {
    @Override
    public String summary() {
        return "partner " + partner;
    }
}
