package org.w3id.clusterpolicy.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs gold and found facts one to one, per kind and country: first a maximum matching on strict
 * agreement, then one on lenient agreement among the facts left. A found fact left over is
 * unexpected (a duplicate when it would have matched a gold fact that another found fact took); a
 * gold fact left over is a miss.
 */
public final class Scorer {
    private final TupleComparator comparator;

    Scorer(TupleComparator comparator) {
        this.comparator = comparator;
    }

    /** The per-kind scores and findings; the set, gold file, sources and refused sources are carried into the result. */
    public Evaluation score(String set, String goldFile, List<String> sources, List<Finding> refused, List<Tuple> gold, List<Tuple> found) {
        List<KindScore> kinds = new ArrayList<>();
        List<Finding> misses = new ArrayList<>();
        List<Finding> unexpected = new ArrayList<>();
        List<Finding> damaged = new ArrayList<>();
        int[] total = new int[4];
        for (FactKind kind : FactKind.values()) {
            Map<String, List<Tuple>> goldByCountry = byCountry(gold, kind);
            Map<String, List<Tuple>> foundByCountry = byCountry(found, kind);
            int g = 0;
            int f = 0;
            int strict = 0;
            int lenient = 0;
            for (String country : countries(goldByCountry, foundByCountry)) {
                Group group = new Group(goldByCountry.getOrDefault(country, List.of()), foundByCountry.getOrDefault(country, List.of()));
                group.match();
                g += group.gold.size();
                f += group.found.size();
                strict += group.strictPairs;
                lenient += group.strictPairs + group.lenientPairs;
                group.report(misses, unexpected, damaged);
            }
            kinds.add(KindScore.of(kind.id(), g, f, strict, lenient));
            total[0] += g;
            total[1] += f;
            total[2] += strict;
            total[3] += lenient;
        }
        return new Evaluation(set, goldFile, sources, refused, kinds, KindScore.of("all", total[0], total[1], total[2], total[3]),
                misses, unexpected, damaged);
    }

    private static Map<String, List<Tuple>> byCountry(List<Tuple> tuples, FactKind kind) {
        Map<String, List<Tuple>> out = new LinkedHashMap<>();
        for (Tuple t : tuples) {
            if (t.kind() == kind) {
                out.computeIfAbsent(t.country(), k -> new ArrayList<>()).add(t);
            }
        }
        return out;
    }

    private static List<String> countries(Map<String, ?> a, Map<String, ?> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return List.copyOf(all);
    }

    /** The gold and found facts of one kind and country, and how they pair. */
    private final class Group {
        final List<Tuple> gold;
        final List<Tuple> found;
        final TupleComparator.Verdict[][] verdicts;
        final int[] goldPartner;
        final int[] foundPartner;
        int strictPairs;
        int lenientPairs;

        Group(List<Tuple> gold, List<Tuple> found) {
            this.gold = gold;
            this.found = found.stream().sorted(Comparator.comparing(Tuple::describe).thenComparing(Tuple::origin)).toList();
            this.verdicts = new TupleComparator.Verdict[gold.size()][this.found.size()];
            for (int i = 0; i < gold.size(); i++) {
                for (int j = 0; j < this.found.size(); j++) {
                    verdicts[i][j] = comparator.compare(gold.get(i), this.found.get(j));
                }
            }
            this.goldPartner = new int[gold.size()];
            this.foundPartner = new int[this.found.size()];
            Arrays.fill(goldPartner, -1);
            Arrays.fill(foundPartner, -1);
        }

        void match() {
            strictPairs = matchOn(Match.STRICT);
            lenientPairs = matchOn(Match.LENIENT);
        }

        /** Kuhn's augmenting paths over the gold facts still unpaired, on edges at least as good as {@code least}. */
        private int matchOn(Match least) {
            int pairs = 0;
            int[] goldBefore = goldPartner.clone();
            for (int i = 0; i < gold.size(); i++) {
                if (goldBefore[i] < 0 && augment(i, new boolean[found.size()], least, goldBefore)) {
                    pairs++;
                }
            }
            return pairs;
        }

        private boolean augment(int i, boolean[] seen, Match least, int[] goldBefore) {
            for (int j = 0; j < found.size(); j++) {
                if (seen[j] || verdicts[i][j].match().compareTo(least) > 0) {
                    continue;
                }
                seen[j] = true;
                int other = foundPartner[j];
                // A pair made in an earlier (stricter) round is never undone.
                boolean free = other < 0 || (goldBefore[other] < 0 && augment(other, seen, least, goldBefore));
                if (free) {
                    foundPartner[j] = i;
                    goldPartner[i] = j;
                    return true;
                }
            }
            return false;
        }

        void report(List<Finding> misses, List<Finding> unexpected, List<Finding> damaged) {
            for (int i = 0; i < gold.size(); i++) {
                Tuple g = gold.get(i);
                int j = goldPartner[i];
                if (j < 0) {
                    String note = null;
                    for (int k = 0; k < found.size() && note == null; k++) {
                        if (verdicts[i][k].match().atLeastLenient() && foundPartner[k] >= 0) {
                            note = "its nearest found fact went to " + gold.get(foundPartner[k]).claim().describe();
                        }
                    }
                    misses.add(new Finding(g.kind().id(), g.country(), g.claim().describe(), null, null, note, g.evidence(), g.origin()));
                } else if (verdicts[i][j].match() == Match.LENIENT) {
                    Tuple f = found.get(j);
                    damaged.add(new Finding(g.kind().id(), g.country(), g.claim().describe(), f.claim().describe(),
                            verdicts[i][j].damage(), null, f.evidence(), f.origin()));
                }
            }
            for (int j = 0; j < found.size(); j++) {
                if (foundPartner[j] >= 0) {
                    continue;
                }
                Tuple f = found.get(j);
                String note = null;
                for (int i = 0; i < gold.size() && note == null; i++) {
                    if (verdicts[i][j].match().atLeastLenient()) {
                        note = "duplicate: " + gold.get(i).claim().describe() + " was found already";
                    }
                }
                unexpected.add(new Finding(f.kind().id(), f.country(), f.claim().describe(), null, null, note, f.evidence(), f.origin()));
            }
        }
    }
}
