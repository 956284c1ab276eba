package org.w3id.clusterpolicy.extract;

/**
 * A named (or described) programme, organisation, fund or EU-level platform: its kind (a notation
 * of the programme or organisation kind schemes), its name as the text gives it, the acronym and
 * gloss the text gives, its EU corporate-body authority code if it is one, and start and end years
 * when its name states them ("Action Plan 2011–2016").
 */
public record EntityFact(EntityRef ref, String kind, String name, String acronym, String gloss, String authority,
                         Integer startYear, Integer endYear, Evidence evidence, String ruleId, String country) implements Fact {
    @Override
    public String summary() {
        return kind + " " + name;
    }
}
