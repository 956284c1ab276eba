package org.w3id.clusterpolicy.evaluate;

import java.util.Map;
import java.util.Objects;

/**
 * Decides how a found fact agrees with a gold fact of the same kind and country (data/eval/README.md,
 * "How the scorer matches"): strictly, leniently ("right but damaged", with what is damaged), or not.
 */
final class TupleComparator {

    /** A match and, for a lenient one, what is wrong with the found fact. */
    record Verdict(Match match, String damage) {
        static final Verdict NONE = new Verdict(Match.NONE, null);
        static final Verdict STRICT = new Verdict(Match.STRICT, null);
    }

    private final NameMatcher names;
    /** Policy status notation to the notation of its broader status. */
    private final Map<String, String> broaderStatus;

    TupleComparator(NameMatcher names, Map<String, String> broaderStatus) {
        this.names = names;
        this.broaderStatus = Map.copyOf(broaderStatus);
    }

    Verdict compare(Tuple gold, Tuple found) {
        return switch (gold.claim()) {
            case Claim.Entity g when found.claim() instanceof Claim.Entity f -> entity(g.entity(), f.entity());
            case Claim.Role g when found.claim() instanceof Claim.Role f -> role(g, f);
            case Claim.Event g when found.claim() instanceof Claim.Event f -> event(g, f);
            case Claim.Quantity g when found.claim() instanceof Claim.Quantity f -> quantity(g, f);
            case Claim.Value g when found.claim() instanceof Claim.Value f -> value(gold.kind(), g, f);
            case Claim.Partner g when found.claim() instanceof Claim.Partner f ->
                    g.partner().equals(f.partner()) ? named(ref(g.programme(), f.programme()), null, g.programme(), f.programme()) : Verdict.NONE;
            default -> Verdict.NONE;
        };
    }

    /** How two references agree: funds and countries by id, everything else by name. */
    Match ref(Ref gold, Ref found) {
        if (gold.type().byKey() || found.type().byKey()) {
            return gold.type() == found.type() && gold.names().equals(found.names()) ? Match.STRICT : Match.NONE;
        }
        return names.compare(gold.names(), found.names());
    }

    private Verdict entity(Ref g, Ref f) {
        boolean kindRight = g.type() == f.type() && Objects.equals(g.kind(), f.kind());
        String kindDamage = kindRight ? null : "kind " + kindOf(f) + " instead of " + kindOf(g);
        return named(names.compare(g.names(), f.names()), kindDamage, g, f);
    }

    private Verdict role(Claim.Role g, Claim.Role f) {
        Match pair = ref(g.agent(), f.agent()).and(ref(g.target(), f.target()));
        String typeDamage = g.role().equals(f.role()) ? null : "role " + f.role() + " instead of " + g.role();
        if (pair == Match.NONE) {
            return Verdict.NONE;
        }
        if (pair == Match.STRICT && typeDamage == null) {
            return Verdict.STRICT;
        }
        return new Verdict(Match.LENIENT, join(typeDamage, pair == Match.LENIENT ? "a name cut or extended by a word" : null));
    }

    private Verdict event(Claim.Event g, Claim.Event f) {
        if (g.date().year() != f.date().year()) {
            return Verdict.NONE;
        }
        String typeDamage = g.type().equals(f.type()) ? null : "type " + f.type() + " instead of " + g.type();
        String dateDamage = g.date().equals(f.date()) ? null : "date " + f.date() + " instead of " + g.date();
        return named(ref(g.subject(), f.subject()), join(typeDamage, dateDamage), g.subject(), f.subject());
    }

    private static Verdict quantity(Claim.Quantity g, Claim.Quantity f) {
        if (g.value().compareTo(f.value()) != 0) {
            return Verdict.NONE;
        }
        boolean qualifier = g.qualifier().equals(f.qualifier());
        boolean counted = Objects.equals(g.counted(), f.counted());
        if (qualifier && counted) {
            return Verdict.STRICT;
        }
        if (!qualifier && !counted) {
            return Verdict.NONE;
        }
        return new Verdict(Match.LENIENT, qualifier ? "counts " + f.counted() + " instead of " + g.counted()
                : "qualifier " + f.qualifier() + " instead of " + g.qualifier());
    }

    private Verdict value(FactKind kind, Claim.Value g, Claim.Value f) {
        return switch (kind) {
            case REGION -> {
                if (g.nuts() != null && f.nuts() != null) {
                    yield g.nuts().equals(f.nuts()) ? Verdict.STRICT : Verdict.NONE;
                }
                yield names.compare(g.names(), f.names()) == Match.STRICT ? Verdict.STRICT : Verdict.NONE;
            }
            case STATUS -> {
                if (g.value().equals(f.value())) {
                    yield Verdict.STRICT;
                }
                yield ancestor(g.value(), f.value()) || ancestor(f.value(), g.value())
                        ? new Verdict(Match.LENIENT, "status " + f.value() + " instead of " + g.value()) : Verdict.NONE;
            }
            default -> g.value().equals(f.value()) ? Verdict.STRICT : Verdict.NONE;
        };
    }

    private boolean ancestor(String of, String candidate) {
        for (String b = broaderStatus.get(of); b != null; b = broaderStatus.get(b)) {
            if (b.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** A verdict from a name match and any other damage. */
    private static Verdict named(Match name, String otherDamage, Ref g, Ref f) {
        if (name == Match.NONE) {
            return Verdict.NONE;
        }
        if (name == Match.STRICT && otherDamage == null) {
            return Verdict.STRICT;
        }
        String nameDamage = name == Match.LENIENT ? "name '" + f.label() + "' for '" + g.label() + "'" : null;
        return new Verdict(Match.LENIENT, join(otherDamage, nameDamage));
    }

    private static String kindOf(Ref r) {
        return r.type().id() + (r.kind() == null ? "" : "/" + r.kind());
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }
}
