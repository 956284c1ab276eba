package org.w3id.clusterpolicy.extract;

/** Development aid: prints every fact the extractors read from a text (args: lang country text). */
public final class Probe {
    public static void main(String[] args) {
        for (Fact f : Snippets.facts(args[0], args[1], args[2])) {
            System.out.println(f.getClass().getSimpleName() + " | " + f.ruleId() + " | " + FactSummaries.of(f, kind(f)));
        }
    }

    private static String kind(Fact f) {
        return switch (f) {
            case EntityFact e -> "entity";
            case RoleFact r -> "role";
            case EventFact e -> "event";
            case QuantityFact q -> "quantity";
            case PartnerFact p -> "partner";
            case LinkFact l -> switch (l.aspect()) {
                case SECTOR -> "sector"; case REGION -> "region"; case FUNDING -> "funding"; case STATUS -> "status"; case MENTIONED_COUNTRY -> "country"; };
        };
    }
}
