package org.w3id.clusterpolicy.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The NUTS regions of {@code vocab/nuts-regions.csv} (packed from {@code data/vocab/}): code, level,
 * country, official name and its language, the names texts use, and the id of the region concept. Units
 * that cover the same territory (a NUTS 3 unit that is its NUTS 2 parent's only child) share one id; the
 * concept matches the broadest of them. Units that are a whole country have no id.
 */
public final class NutsRegions {
    public static final String RESOURCE = "/org/w3id/clusterpolicy/vocab/nuts-regions.csv";

    /** One NUTS unit. {@code lang}: the BCP 47 tag of the name, or one tag per "/"-separated part of it. */
    public record Unit(String code, int level, String country, String name, String lang, List<String> names,
                       String id, String version) {

        /** The official name, as (text, language tag) pairs: one per language when the name has several. */
        public List<String[]> labels() {
            String[] tags = lang.split("/");
            String[] parts = tags.length > 1 ? name.split("/") : new String[] {name};
            if (parts.length != tags.length) {
                return List.<String[]>of(new String[] {name, "mul"});
            }
            List<String[]> out = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                out.add(new String[] {parts[i].strip(), tags[i]});
            }
            return out;
        }

        public String scheme() {
            return "http://data.europa.eu/nuts/scheme/" + version;
        }
    }

    private final List<Unit> units;
    private final Map<String, Unit> byCode = new LinkedHashMap<>();
    private final Map<String, Unit> regionByID = new LinkedHashMap<>();

    private NutsRegions(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit u : units) {
            byCode.put(u.code(), u);
            if (!u.id().isEmpty()) {
                regionByID.merge(u.id(), u, (a, b) -> a.code().length() <= b.code().length() ? a : b);
            }
        }
    }

    public static NutsRegions load() {
        List<Unit> units = new ArrayList<>();
        for (Map<String, String> r : CsvResource.rows(RESOURCE)) {
            List<String> names = r.get("names").isEmpty() ? List.of() : Arrays.asList(r.get("names").split("\\|"));
            units.add(new Unit(r.get("code"), Integer.parseInt(r.get("level")), r.get("country"), r.get("name"),
                    r.get("lang"), List.copyOf(names), r.get("id"), r.get("version")));
        }
        return new NutsRegions(units);
    }

    public List<Unit> all() {
        return units;
    }

    public Optional<Unit> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The broadest unit of a region concept: its exact NUTS match. */
    public Optional<Unit> region(String id) {
        return Optional.ofNullable(regionByID.get(id));
    }

    /** Every unit of a region concept, broadest first. */
    public List<Unit> unitsOf(String id) {
        List<Unit> out = new ArrayList<>(units.stream().filter(u -> u.id().equals(id)).toList());
        out.sort(Comparator.comparingInt(u -> u.code().length()));
        return Collections.unmodifiableList(out);
    }
}
