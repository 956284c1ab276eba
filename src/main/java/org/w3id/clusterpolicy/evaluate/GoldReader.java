package org.w3id.clusterpolicy.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.clusterpolicy.evaluate.GoldFileParser.ParsedFile;
import org.w3id.clusterpolicy.evaluate.GoldFileParser.Pending;
import org.w3id.clusterpolicy.evaluate.GoldFileParser.Pointer;
import org.w3id.clusterpolicy.evaluate.GoldFileParser.StatusClaim;

/**
 * Reads a gold file, or a set file naming several, into the facts of a {@link GoldSet}; the format is
 * data/eval/README.md's. Entities of one country that two files share (same id, or a common name or
 * acronym) become one, facts that then say the same count once, and of two statuses of one country
 * the narrower stays. Every error names the file and line.
 */
public final class GoldReader {
    private static final Set<String> SET_KEYS = Set.of("name", "description", "members");

    private final KnownValues values;
    private final NameMatcher names;
    private final GoldFileParser parser;

    public GoldReader(KnownValues values, NameMatcher names) {
        this.values = values;
        this.names = names;
        this.parser = new GoldFileParser(values, names);
    }

    public GoldSet read(Path file) {
        YamlTree root = YamlTree.parse(file);
        List<ParsedFile> files = new ArrayList<>();
        String name;
        if (root.hasKey("members")) {
            Map<String, YamlTree> set = root.map(SET_KEYS);
            name = set.containsKey("name") ? set.get("name").scalar() : file.getFileName().toString();
            for (YamlTree member : set.get("members").list()) {
                files.add(parser.parse(resolve(file, member)));
            }
        } else {
            ParsedFile one = parser.parse(file);
            files.add(one);
            name = one.document();
        }
        return combine(name, file, files);
    }

    private static Path resolve(Path setFile, YamlTree member) {
        Path p = setFile.toAbsolutePath().getParent().resolve(member.scalar()).normalize();
        if (!Files.isRegularFile(p)) {
            throw member.fail("gold file " + member.scalar() + ": no such file");
        }
        return GoldFileParser.relative(p);
    }

    private GoldSet combine(String name, Path file, List<ParsedFile> files) {
        List<GoldEntity> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.entities()));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                GoldEntity a = all.get(i);
                GoldEntity b = all.get(j);
                boolean sameId = a.id != null && a.id.equals(b.id);
                if (a.country.equals(b.country) && (sameId || !java.util.Collections.disjoint(names.normaliseAll(a.names), names.normaliseAll(b.names)))) {
                    a.merge(b);
                }
            }
        }
        List<Tuple> tuples = new ArrayList<>();
        Set<GoldEntity> roots = new java.util.LinkedHashSet<>();
        all.forEach(e -> roots.add(e.root()));
        for (GoldEntity e : roots) {
            if (e.type != Ref.Type.DESCRIBED) {
                tuples.add(new Tuple(FactKind.ENTITY, e.country, new Claim.Entity(e.ref()), e.evidence, e.origin));
            }
        }
        Set<String> seen = new HashSet<>();
        for (ParsedFile f : files) {
            for (Pending p : f.facts()) {
                String key = p.kind() + "|" + p.country() + "|" + p.key() + "|" + p.pointers().stream().map(Pointer::key).toList();
                if (seen.add(key)) {
                    tuples.add(new Tuple(p.kind(), p.country(), p.build().apply(p.pointers().stream().map(Pointer::ref).toList()),
                            p.evidence(), p.origin()));
                }
            }
        }
        statuses(files, tuples);
        List<Path> sources = files.stream().map(ParsedFile::source).distinct().toList();
        return new GoldSet(name, file, sources, tuples);
    }

    /** One status per country: the narrower of the files' statuses; two of different branches are an error. */
    private void statuses(List<ParsedFile> files, List<Tuple> tuples) {
        Map<String, StatusClaim> chosen = new LinkedHashMap<>();
        Map<String, String> broader = values.broaderStatus();
        for (ParsedFile f : files) {
            f.statuses().forEach((country, claims) -> {
                for (StatusClaim c : claims) {
                    StatusClaim before = chosen.get(country);
                    if (before == null || isAncestor(broader, c.value(), before.value())) {
                        chosen.put(country, c);
                    } else if (!before.value().equals(c.value()) && !isAncestor(broader, before.value(), c.value())) {
                        throw c.where().fail("status " + c.value() + " of " + country + " conflicts with " + before.value()
                                + " (" + before.where().where() + "); one status per country");
                    }
                }
            });
        }
        chosen.forEach((country, c) -> tuples.add(new Tuple(FactKind.STATUS, country, Claim.Value.of(c.value()), c.evidence(), c.where().where())));
    }

    /** True when {@code candidate} is a broader status of {@code narrower}. */
    private static boolean isAncestor(Map<String, String> broader, String narrower, String candidate) {
        for (String b = broader.get(narrower); b != null; b = broader.get(b)) {
            if (b.equals(candidate)) {
                return true;
            }
        }
        return false;
    }
}
