package org.w3id.clusterpolicy.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity of a gold file while the files of a set are combined: entities of one country with the
 * same id or a common name become one (union-find), with all their names.
 */
final class GoldEntity {
    final String country;
    final String id;
    final Ref.Type type;
    final String kind;
    final List<String> names;
    final String evidence;
    final String origin;
    final YamlTree where;
    private GoldEntity parent = this;

    GoldEntity(String country, String id, Ref.Type type, String kind, List<String> names, String evidence, YamlTree where) {
        this.country = country;
        this.id = id;
        this.type = type;
        this.kind = kind;
        this.names = new ArrayList<>(names);
        this.evidence = evidence;
        this.origin = where.where();
        this.where = where;
    }

    GoldEntity root() {
        GoldEntity r = this;
        while (r.parent != r) {
            r = r.parent;
        }
        return r;
    }

    /** Makes this entity and another one; the first one read stays the root and gathers the names. */
    void merge(GoldEntity other) {
        GoldEntity a = root();
        GoldEntity b = other.root();
        if (a == b) {
            return;
        }
        if (a.type != b.type || !java.util.Objects.equals(a.kind, b.kind)) {
            throw b.where.fail("'" + b.names.get(0) + "' is the same entity as '" + a.names.get(0) + "' (" + a.origin
                    + ") but has another type or kind (" + b.type.id() + "/" + b.kind + " vs " + a.type.id() + "/" + a.kind + ")");
        }
        b.parent = a;
        for (String n : b.names) {
            if (!a.names.contains(n)) {
                a.names.add(n);
            }
        }
    }

    Ref ref() {
        GoldEntity r = root();
        return new Ref(r.type, r.kind, r.names, r.names.get(0));
    }
}
