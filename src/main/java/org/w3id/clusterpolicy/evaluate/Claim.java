package org.w3id.clusterpolicy.evaluate;

import java.math.BigDecimal;
import java.util.List;

/** The canonical content of one fact, whatever it was read from: a gold file or the graph. */
public sealed interface Claim {

    /** A short description for listings. */
    String describe();

    /** A programme, organisation or EU platform. */
    record Entity(Ref entity) implements Claim {
        @Override
        public String describe() {
            return entity.describe();
        }
    }

    record Role(Ref agent, String role, Ref target) implements Claim {
        @Override
        public String describe() {
            return agent.describe() + " –" + role + "→ " + target.describe();
        }
    }

    record Event(String type, Ref subject, DateSpec date) implements Claim {
        @Override
        public String describe() {
            return type + " " + date + ": " + subject.describe();
        }
    }

    record Quantity(BigDecimal value, String qualifier, String counted, String words) implements Claim {
        @Override
        public String describe() {
            return qualifier + " " + value.toPlainString() + " " + (counted == null ? "(no counted thing)" : counted)
                    + (words == null ? "" : " \"" + words + "\"");
        }
    }

    /**
     * A link of a country profile: a sector, funding source or status (compared by id or notation),
     * or a region (compared by NUTS code when both sides have one, else by name).
     */
    record Value(String value, List<String> names, String nuts) implements Claim {
        public Value {
            names = List.copyOf(names);
        }

        public static Value of(String value) {
            return new Value(value, List.of(value), null);
        }

        @Override
        public String describe() {
            return value + (nuts == null ? "" : " (NUTS " + nuts + ")");
        }
    }

    record Partner(Ref programme, String partner) implements Claim {
        @Override
        public String describe() {
            return programme.describe() + " with " + partner;
        }
    }
}
