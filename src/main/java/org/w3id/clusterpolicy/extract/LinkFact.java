package org.w3id.clusterpolicy.extract;

/** A country profile has a sector, region, funding source, policy status or mentions another country. */
public record LinkFact(Aspect aspect, String value, Evidence evidence, String ruleId, String country) implements Fact {

    public enum Aspect { SECTOR, REGION, FUNDING, STATUS, MENTIONED_COUNTRY }

    @Override
    public String summary() {
        return value;
    }
}
