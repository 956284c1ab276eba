package org.w3id.clusterpolicy.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.clusterpolicy.extract.EntityFact;
import org.w3id.clusterpolicy.extract.EntityRef;
import org.w3id.clusterpolicy.extract.EventFact;
import org.w3id.clusterpolicy.extract.ExtractedDocument;
import org.w3id.clusterpolicy.extract.Fact;
import org.w3id.clusterpolicy.extract.LinkFact;

/**
 * What can only be decided with all documents in view: an entity's label per language (the first
 * name met, documents in id order), its kind, a programme's start and end years, and each
 * country's policy status (the highest-ranking status any sentence gives, ranks as in the rule
 * files, a stated absence first). A country keeps "national programme" only when its texts give
 * a programme-like instrument; otherwise the sentences that claimed one say no more than that
 * cluster policy is made at national level. Conversely, national cluster policy with a named
 * programme of the country is the narrower "national programme".
 */
public final class Resolution {

    /** A country's status, the facts that give it, and the other statuses its texts suggest. */
    public record StatusChoice(String status, List<LinkFact> evidence, Set<String> alternatives) {}

    private final Map<EntityRef, Map<String, String>> labels = new HashMap<>();
    private final Map<EntityRef, String> kinds = new HashMap<>();
    private final Map<EntityRef, Integer> startYears = new HashMap<>();
    private final Map<EntityRef, Integer> endYears = new HashMap<>();
    private final Map<String, StatusChoice> statuses = new LinkedHashMap<>();

    static final String NATIONAL_PROGRAMME = "national-programme";
    static final String NATIONAL_POLICY = "national-cluster-policy";
    /** The instrument kinds that make a national programme; strategies, platforms and projects do not. */
    static final Set<String> PROGRAMME_LIKE = Set.of("programme", "initiative", "call", "competition", "fund", "network", "plan");

    public Resolution(List<ExtractedDocument> docs, List<String> statusPrecedence) {
        Map<String, List<LinkFact>> statusFacts = new LinkedHashMap<>();
        Set<String> withProgramme = new java.util.HashSet<>();
        for (ExtractedDocument doc : docs) {
            for (Fact f : doc.facts()) {
                switch (f) {
                    case EntityFact e -> {
                        if (e.country() != null && e.ref().type() == org.w3id.clusterpolicy.extract.EntityType.INSTRUMENT
                                && PROGRAMME_LIKE.contains(e.kind())) {
                            withProgramme.add(e.country());
                        }
                        labels.computeIfAbsent(e.ref(), k -> new LinkedHashMap<>()).putIfAbsent(e.evidence().language(), e.name());
                        kinds.putIfAbsent(e.ref(), e.kind());
                        widen(e.ref(), e.startYear(), e.endYear());
                    }
                    case EventFact ev when !ev.subject().isProfile() -> {
                        switch (ev.type()) {
                            case "launched", "founded", "started", "initiated" -> widen(ev.subject(), ev.date().year(), null);
                            case "period" -> widen(ev.subject(), ev.date().year(), ev.date().endYear());
                            case "ended" -> widen(ev.subject(), null, ev.date().year());
                            default -> { }
                        }
                    }
                    case LinkFact l when l.aspect() == LinkFact.Aspect.STATUS ->
                            statusFacts.computeIfAbsent(l.country(), k -> new ArrayList<>()).add(l);
                    default -> { }
                }
            }
        }
        statusFacts.forEach((country, facts) -> {
            boolean programmeGiven = withProgramme.contains(country);
            java.util.function.Function<LinkFact, String> claim = f ->
                    f.value().equals(NATIONAL_PROGRAMME) && !programmeGiven ? NATIONAL_POLICY
                    : f.value().equals(NATIONAL_POLICY) && programmeGiven ? NATIONAL_PROGRAMME : f.value();
            String best = null;
            for (String s : statusPrecedence) {
                if (facts.stream().anyMatch(f -> claim.apply(f).equals(s))) {
                    best = s;
                    break;
                }
            }
            if (best == null) {
                throw new IllegalStateException("status without precedence: " + facts.get(0).value());
            }
            String chosen = best;
            Set<String> others = new LinkedHashSet<>();
            facts.stream().map(claim).filter(v -> !v.equals(chosen)).forEach(others::add);
            statuses.put(country, new StatusChoice(chosen, facts.stream().filter(f -> claim.apply(f).equals(chosen)).toList(), others));
        });
    }

    private void widen(EntityRef ref, Integer start, Integer end) {
        if (start != null) {
            startYears.merge(ref, start, Math::min);
        }
        if (end != null) {
            endYears.merge(ref, end, Math::max);
        }
    }

    /** The label of an entity in a language, else in any language it has, else null. */
    public String label(EntityRef ref, String lang) {
        Map<String, String> byLang = labels.getOrDefault(ref, Map.of());
        String l = byLang.get(lang);
        return l != null ? l : byLang.values().stream().findFirst().orElse(null);
    }

    /** True when {@code name} is the entity's label in {@code lang} (else it is an alternative name). */
    public boolean isLabel(EntityRef ref, String lang, String name) {
        return name.equals(labels.getOrDefault(ref, Map.of()).get(lang));
    }

    public String kind(EntityRef ref) {
        return kinds.get(ref);
    }

    public Integer startYear(EntityRef ref) {
        return startYears.get(ref);
    }

    public Integer endYear(EntityRef ref) {
        return endYears.get(ref);
    }

    public StatusChoice status(String country) {
        return statuses.get(country);
    }

    public Map<String, StatusChoice> statuses() {
        return statuses;
    }
}
