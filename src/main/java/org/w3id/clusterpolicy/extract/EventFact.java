package org.w3id.clusterpolicy.extract;

/** Something happened to a subject at a date; {@code type} is a notation of the event type scheme. */
public record EventFact(String type, DateValue date, EntityRef subject, String subjectLabel, Evidence evidence,
                        String ruleId, String country) implements Fact {
    @Override
    public String summary() {
        return type + " " + date + " " + subjectLabel;
    }
}
