package org.w3id.clusterpolicy.extract;

/** An agent plays a role (responsible, implementing, funding ...) towards a programme, organisation or profile. */
public record RoleFact(EntityRef agent, String agentLabel, String role, EntityRef target, Evidence evidence,
                       String ruleId, String country) implements Fact {
    @Override
    public String summary() {
        return role + " " + agentLabel;
    }
}
