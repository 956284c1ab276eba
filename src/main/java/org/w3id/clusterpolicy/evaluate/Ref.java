package org.w3id.clusterpolicy.evaluate;

import java.util.List;

/**
 * What a fact points at: an entity with its names (every label, alternative label and acronym of a
 * found resource, or the name, aka and acronyms of a gold entity), a funding source or a country
 * profile (whose one "name" is its id or country code).
 */
public record Ref(Type type, String kind, List<String> names, String label) {

    /** Programme, organisation and EU platform are entities; the others only appear inside facts. */
    public enum Type {
        PROGRAMME("programme"), ORGANISATION("organisation"), EU_PLATFORM("eu-platform"), DESCRIBED("described"),
        FUND("fund"), COUNTRY("country"), OTHER("other");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** Funds and countries are compared by their id, everything else by name. */
        boolean byKey() {
            return this == FUND || this == COUNTRY;
        }
    }

    public Ref {
        names = List.copyOf(names);
    }

    public static Ref fund(String id) {
        return new Ref(Type.FUND, null, List.of(id), "fund:" + id);
    }

    public static Ref country(String code) {
        return new Ref(Type.COUNTRY, null, List.of(code), "country");
    }

    /** "programme/initiative 'Name'" and the like, for listings. */
    public String describe() {
        if (type.byKey()) {
            return label;
        }
        return type.id() + (kind == null ? "" : "/" + kind) + " '" + label + "'";
    }
}
