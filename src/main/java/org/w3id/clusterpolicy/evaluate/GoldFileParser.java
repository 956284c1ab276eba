package org.w3id.clusterpolicy.evaluate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one gold file (data/eval/README.md's format): its source, its entities and the facts that
 * refer to them, every value checked against the controlled values and every evidence against the
 * source text. {@link GoldReader} combines the files of a set.
 */
final class GoldFileParser {
    private static final Set<String> FILE_KEYS = Set.of("document", "language", "source", "note", "countries");
    private static final Set<String> COUNTRY_KEYS = Set.of("status", "entities", "roles", "events", "quantities", "sectors",
            "regions", "funding", "partners");
    private static final Set<String> ENTITY_TYPES = Set.of("programme", "organisation", "eu-platform", "described");

    private final KnownValues values;
    private final NameMatcher names;

    GoldFileParser(KnownValues values, NameMatcher names) {
        this.values = values;
        this.names = names;
    }

    /** One fact of a file before the entities of the set are combined: its references still point at file entities. */
    record Pending(FactKind kind, String country, List<Pointer> pointers, String key,
                           Function<List<Ref>, Claim> build, String evidence, String origin) {}

    /** An entity of the file, a funding source or the country. */
    record Pointer(GoldEntity entity, Ref fixed) {
        Ref ref() {
            return fixed != null ? fixed : entity.ref();
        }

        String key() {
            return fixed != null ? fixed.label() : entity.root().origin;
        }
    }

    record StatusClaim(String value, String evidence, YamlTree where) {}

    /** What one gold file holds. */
    record ParsedFile(String document, Path source, List<GoldEntity> entities, List<Pending> facts,
                              Map<String, List<StatusClaim>> statuses) {}

    /** A path relative to the working folder when it lies inside it, as the user would type it. */
    static Path relative(Path p) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs) : abs;
    }

    ParsedFile parse(Path file) {
        Map<String, YamlTree> top = YamlTree.parse(file).map(FILE_KEYS);
        for (String required : List.of("document", "source", "countries")) {
            if (!top.containsKey(required)) {
                throw YamlTree.parse(file).fail("missing key '" + required + "'");
            }
        }
        YamlTree sourceNode = top.get("source");
        Path source = relative(file.toAbsolutePath().getParent().resolve(sourceNode.scalar()).normalize());
        if (!Files.isRegularFile(source)) {
            throw sourceNode.fail("source " + source + ": no such file");
        }
        String text;
        try {
            text = collapse(Files.readString(source, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw sourceNode.fail("source " + source + ": cannot read (" + e.getMessage() + ")");
        }
        FileParser parser = new FileParser(source, text);
        top.get("countries").entries().forEach((key, block) -> parser.country(key, block));
        return new ParsedFile(top.get("document").scalar(), source, parser.entities, parser.facts, parser.statuses);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Reads the country blocks of one file. */
    private final class FileParser {
        final Path source;
        final String text;
        final List<GoldEntity> entities = new ArrayList<>();
        final List<Pending> facts = new ArrayList<>();
        final Map<String, List<StatusClaim>> statuses = new LinkedHashMap<>();

        FileParser(Path source, String text) {
            this.source = source;
            this.text = text;
        }

        void country(YamlTree key, YamlTree block) {
            String code = key.scalar();
            if (!values.values("country").contains(code)) {
                throw key.fail("unknown country '" + code + "' (an authority code such as HUN or XKX, or EU)");
            }
            Map<String, YamlTree> b = block.map(COUNTRY_KEYS);
            List<GoldEntity> local = new ArrayList<>();
            items(b, "entities").forEach(e -> local.add(entity(code, e, local)));
            entities.addAll(local);
            items(b, "roles").forEach(r -> role(code, r, local));
            items(b, "events").forEach(e -> event(code, e, local));
            items(b, "quantities").forEach(q -> quantity(code, q));
            items(b, "sectors").forEach(s -> ids(code, s, FactKind.SECTOR, "sector"));
            items(b, "funding").forEach(f -> ids(code, f, FactKind.FUNDING, "funding source"));
            items(b, "regions").forEach(r -> region(code, r));
            items(b, "partners").forEach(p -> partners(code, p, local));
            if (b.containsKey("status")) {
                Map<String, YamlTree> s = b.get("status").map(Set.of("value", "evidence", "note"));
                String value = required(b.get("status"), s, "value").oneOf("status", values.values("status"));
                statuses.computeIfAbsent(code, k -> new ArrayList<>()).add(new StatusClaim(value, evidence(b.get("status"), s), b.get("status")));
            }
        }

        private List<YamlTree> items(Map<String, YamlTree> block, String key) {
            return block.containsKey(key) ? block.get(key).list() : List.of();
        }

        private GoldEntity entity(String country, YamlTree node, List<GoldEntity> local) {
            Map<String, YamlTree> e = node.map(Set.of("id", "type", "kind", "name", "aka", "acronym", "evidence", "note"));
            String type = required(node, e, "type").oneOf("entity type", ENTITY_TYPES);
            Ref.Type refType = switch (type) {
                case "programme" -> Ref.Type.PROGRAMME;
                case "organisation" -> Ref.Type.ORGANISATION;
                case "eu-platform" -> Ref.Type.EU_PLATFORM;
                default -> Ref.Type.DESCRIBED;
            };
            String kind = null;
            if (refType == Ref.Type.PROGRAMME || refType == Ref.Type.ORGANISATION) {
                kind = required(node, e, "kind").oneOf(type + " kind", values.values(type + " kind"));
            } else if (e.containsKey("kind")) {
                throw e.get("kind").fail("a " + type + " has no kind");
            }
            List<String> all = new ArrayList<>();
            all.add(required(node, e, "name").scalar());
            for (String key : List.of("aka", "acronym")) {
                if (e.containsKey(key)) {
                    all.addAll(e.get(key).scalars());
                }
            }
            String id = e.containsKey("id") ? e.get("id").scalar() : null;
            GoldEntity entity = new GoldEntity(country, id, refType, kind, all, evidence(node, e), node);
            Set<String> norm = names.normaliseAll(all);
            for (GoldEntity other : local) {
                if ((id != null && id.equals(other.id)) || !java.util.Collections.disjoint(norm, names.normaliseAll(other.names))) {
                    throw node.fail("'" + all.get(0) + "' repeats the entity of line " + other.where.line() + " (give it one entry with aka)");
                }
            }
            return entity;
        }

        private Pointer pointer(String country, YamlTree node, List<GoldEntity> local, boolean countryAllowed) {
            String ref = node.scalar();
            if (ref.startsWith("fund:")) {
                String fund = ref.substring(5);
                if (!values.values("funding source").contains(fund)) {
                    throw node.fail("unknown funding source '" + fund + "' (known: " + String.join(", ", values.values("funding source").stream().sorted().toList()) + ")");
                }
                return new Pointer(null, Ref.fund(fund));
            }
            if (ref.equals("country")) {
                if (!countryAllowed) {
                    throw node.fail("'country' cannot be the agent of a role");
                }
                return new Pointer(null, Ref.country(country));
            }
            List<GoldEntity> hits = local.stream().filter(e -> ref.equals(e.id)).toList();
            if (hits.isEmpty()) {
                String norm = names.normalise(ref);
                hits = local.stream().filter(e -> names.normaliseAll(e.names).contains(norm)).toList();
            }
            if (hits.size() != 1) {
                throw node.fail((hits.isEmpty() ? "unknown entity '" : "ambiguous entity '") + ref + "' (an id, name, aka or acronym of an entity of " + country
                        + (countryAllowed ? ", 'country'" : "") + " or fund:ID)");
            }
            return new Pointer(hits.get(0), null);
        }

        private void role(String country, YamlTree node, List<GoldEntity> local) {
            Map<String, YamlTree> r = node.map(Set.of("agent", "role", "target", "evidence", "note"));
            Pointer agent = pointer(country, required(node, r, "agent"), local, false);
            String role = required(node, r, "role").oneOf("role type", values.values("role type"));
            Pointer target = pointer(country, required(node, r, "target"), local, true);
            add(FactKind.ROLE, country, List.of(agent, target), role, refs -> new Claim.Role(refs.get(0), role, refs.get(1)), node, r);
        }

        private void event(String country, YamlTree node, List<GoldEntity> local) {
            Map<String, YamlTree> e = node.map(Set.of("type", "subject", "date", "evidence", "note"));
            String type = required(node, e, "type").oneOf("event type", values.values("event type"));
            Pointer subject = pointer(country, required(node, e, "subject"), local, false);
            DateSpec date = DateSpec.parse(required(node, e, "date").scalar());
            if (date == null) {
                throw e.get("date").fail("a date is YYYY, YYYY-MM, YYYY/YYYY (a range) or YYY0s (a decade), not '" + e.get("date").scalar() + "'");
            }
            add(FactKind.EVENT, country, List.of(subject), type + " " + date, refs -> new Claim.Event(type, refs.get(0), date), node, e);
        }

        private void quantity(String country, YamlTree node) {
            Map<String, YamlTree> q = node.map(Set.of("value", "qualifier", "counted", "words", "evidence", "note"));
            BigDecimal value;
            try {
                value = new BigDecimal(required(node, q, "value").scalar());
            } catch (NumberFormatException ex) {
                throw q.get("value").fail("a value is a number such as 40 or 3.5, not '" + q.get("value").scalar() + "'");
            }
            String qualifier = required(node, q, "qualifier").oneOf("qualifier", values.values("qualifier"));
            String counted = q.containsKey("counted") ? q.get("counted").oneOf("counted thing", values.values("counted thing")) : null;
            String words = q.containsKey("words") ? q.get("words").scalar() : null;
            Claim.Quantity claim = new Claim.Quantity(value, qualifier, counted, words);
            add(FactKind.QUANTITY, country, List.of(), value.stripTrailingZeros().toPlainString() + " " + qualifier + " " + counted,
                    refs -> claim, node, q);
        }

        private void ids(String country, YamlTree node, FactKind kind, String list) {
            Map<String, YamlTree> s = node.map(Set.of("ids", "evidence", "note"));
            String evidence = evidence(node, s);
            for (YamlTree id : required(node, s, "ids").list()) {
                String value = id.oneOf(list, values.values(list));
                facts.add(new Pending(kind, country, List.of(), value, refs -> Claim.Value.of(value), evidence, id.where()));
            }
        }

        private void region(String country, YamlTree node) {
            Map<String, YamlTree> r = node.map(Set.of("name", "aka", "nuts", "evidence", "note"));
            List<String> all = new ArrayList<>(List.of(required(node, r, "name").scalar()));
            if (r.containsKey("aka")) {
                all.addAll(r.get("aka").scalars());
            }
            String nuts = r.containsKey("nuts") ? r.get("nuts").scalar() : null;
            if (nuts != null && !nuts.matches("[A-Z]{2}[0-9A-Z]{0,3}")) {
                throw r.get("nuts").fail("a NUTS code is two capital letters and up to three more characters, not '" + nuts + "'");
            }
            Claim.Value claim = new Claim.Value(all.get(0), all, nuts);
            add(FactKind.REGION, country, List.of(), nuts != null ? nuts : names.normalise(all.get(0)), refs -> claim, node, r);
        }

        private void partners(String country, YamlTree node, List<GoldEntity> local) {
            Map<String, YamlTree> p = node.map(Set.of("programme", "countries", "evidence", "note"));
            Pointer programme = pointer(country, required(node, p, "programme"), local, false);
            String evidence = evidence(node, p);
            for (YamlTree c : required(node, p, "countries").list()) {
                String partner = c.oneOf("country", values.values("country"));
                facts.add(new Pending(FactKind.PARTNER, country, List.of(programme), partner,
                        refs -> new Claim.Partner(refs.get(0), partner), evidence, c.where()));
            }
        }

        private void add(FactKind kind, String country, List<Pointer> pointers, String key, Function<List<Ref>, Claim> build,
                         YamlTree node, Map<String, YamlTree> fields) {
            facts.add(new Pending(kind, country, pointers, key, build, evidence(node, fields), node.where()));
        }

        private String evidence(YamlTree node, Map<String, YamlTree> fields) {
            String evidence = required(node, fields, "evidence").scalar();
            if (!text.contains(collapse(evidence))) {
                throw fields.get("evidence").fail("evidence not found in " + source + ": \"" + evidence + "\"");
            }
            return evidence;
        }
    }

    private static YamlTree required(YamlTree node, Map<String, YamlTree> fields, String key) {
        YamlTree v = fields.get(key);
        if (v == null) {
            throw node.fail("missing key '" + key + "'");
        }
        return v;
    }

}
