package org.w3id.clusterpolicy.extract;

/**
 * One line per fact, as the error-class corpora write them: what a reader would check. Roles and
 * events name their target or subject; a country profile is written as its country code.
 */
final class FactSummaries {
    private FactSummaries() {}

    /** The summary of {@code f} when it is of {@code kind} (entity, role, event, quantity, sector, region, funding, status, country, partner), else null. */
    static String of(Fact f, String kind) {
        return switch (f) {
            case EntityFact e when kind.equals("entity") -> e.kind() + " " + e.name() + (e.acronym() != null ? " (" + e.acronym() + ")" : "");
            case RoleFact r when kind.equals("role") -> r.role() + " " + r.agentLabel() + " -> " + target(r.target());
            case EventFact e when kind.equals("event") -> e.type() + " " + e.date() + " " + e.subjectLabel();
            case QuantityFact q when kind.equals("quantity") -> q.summary();
            case PartnerFact p when kind.equals("partner") -> p.partner() + " -> " + p.programmeLabel();
            case LinkFact l when kind.equals(aspect(l)) -> l.value();
            default -> null;
        };
    }

    private static String aspect(LinkFact l) {
        return switch (l.aspect()) {
            case SECTOR -> "sector";
            case REGION -> "region";
            case FUNDING -> "funding";
            case STATUS -> "status";
            case MENTIONED_COUNTRY -> "country";
        };
    }

    private static String target(EntityRef ref) {
        return ref.key();
    }
}
