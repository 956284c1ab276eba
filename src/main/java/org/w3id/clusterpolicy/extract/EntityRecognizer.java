package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.clusterpolicy.lang.CompiledRule;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.lang.NameRules;
import org.w3id.clusterpolicy.lang.ParsedNumber;
import org.w3id.clusterpolicy.lang.RuleFiles;
import org.w3id.clusterpolicy.lang.Slugs;
import org.w3id.clusterpolicy.lang.TermMatch;

/**
 * Finds the programmes, organisations, funds and EU bodies a sentence names. Candidates come from
 * several finders in a fixed order of trust; a later candidate that overlaps an earlier one is
 * dropped. Names seen in earlier sentences of the same country's text are found again as
 * re-mentions, so a bare acronym ("EDEM") refers to the entity it was defined for.
 */
public final class EntityRecognizer {

    /** The mentions of a sentence and the entity facts of the names it introduces. */
    public record Recognition(List<Mention> mentions, List<EntityFact> facts) {}

    public Recognition recognize(SentenceContext ctx) {
        LanguageResources lang = ctx.lang();
        NameRules rules = lang.names();
        String s = ctx.text();
        String code = lang.code();
        KindResolver kinds = new KindResolver(rules, code,
                w -> lang.countries().find(w).stream().anyMatch(m -> m.start() == 0 && m.end() == w.length()));
        NameFinder finder = new NameFinder(rules, code);

        List<NameCandidate> ordered = new ArrayList<>();
        for (TermMatch t : lang.euBodies().find(s)) {
            ordered.add(withTrailingAcronym(s, new NameCandidate(t.start(), t.end(), t.surface(), null, null, "eu-body",
                    t.id(), EntityType.ORGANISATION, t.ruleId())));
        }
        for (TermMatch t : lang.funds().find(s)) {
            ordered.add(withTrailingAcronym(s, new NameCandidate(t.start(), t.end(), t.surface(), null, null, "fund",
                    t.id(), EntityType.FUND, t.ruleId())));
        }
        ordered.addAll(fromPatterns(rules.brandPatterns(), s, null));
        for (NameCandidate q : finder.quoted(s)) {
            ordered.add(resolved(q, s, kinds, rules, "programme"));
        }
        for (NameCandidate a : finder.acronymDefined(s)) {
            ordered.add(resolved(a, s, kinds, rules, null));
        }
        for (CompiledRule r : rules.unquotedAfterNoun()) {
            Matcher m = r.pattern().matcher(s);
            while (m.find()) {
                String noun = m.group("noun");
                String kind = rules.headNouns().get(Character.toUpperCase(noun.charAt(0)) + noun.substring(1));
                ordered.add(new NameCandidate(m.start("name"), m.end("name"), m.group("name"), null, null,
                        kind == null ? "other" : kind, null, null, r.id()));
            }
        }
        for (NameCandidate h : finder.headNounPhrases(s, kinds)) {
            ordered.add(h.kind() != null ? h : resolved(h, s, kinds, rules, null));
        }
        ordered.addAll(fromPatterns(rules.copulaPatterns(), s, "name"));
        ordered.addAll(fromPatterns(rules.descriptiveNames(), s, "name"));

        List<NameCandidate> accepted = new ArrayList<>();
        for (NameCandidate found : ordered) {
            if (ctx.memory().knownNames().containsKey(found.name()) && found.acronym() == null && found.kind() != null
                    && found.ruleId().endsWith(".acronym")) {
                continue; // an acronym defined before is a re-mention of what it stands for
            }
            NameCandidate c = withEnclosingQuotes(s, found, rules);
            if (c.kind() != null && accepted.stream().noneMatch(c::overlaps)) {
                accepted.add(c);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        List<EntityFact> facts = new ArrayList<>();
        for (NameCandidate found : accepted) {
            // A name seen before keeps the kind it had then ("„Pooling4Clusters“-Projekt", later "von „Pooling4Clusters“").
            String knownKind = ctx.memory().knownKind(found.name());
            NameCandidate c = knownKind != null && found.type() == null ? found.withKind(knownKind, found.ruleId()) : found;
            EntityType type = c.type() != null ? c.type()
                    : NameRules.isInstrumentKind(c.kind()) ? EntityType.INSTRUMENT : EntityType.ORGANISATION;
            EntityRef ref = ref(type, c, ctx.country(), rules.slugSingulars(), lang);
            if (ref == null) {
                continue;
            }
            boolean guessed = knownKind == null && c.ruleId().endsWith(".quoted"); // the quoted-name fallback kind
            Mention m = new Mention(c.start(), c.end(), ref, type == EntityType.FUND ? c.authority() : c.name(), guessed);
            mentions.add(m);
            ctx.memory().remember(m, c.kind(), c.name(), c.acronym());
            Integer[] years = yearsInName(c.name(), type);
            facts.add(new EntityFact(ref, c.kind(), c.name(), c.acronym(), c.gloss(),
                    type == EntityType.FUND ? null : c.authority(), years[0], years[1], ctx.evidence(), c.ruleId(), ctx.country()));
        }
        mentions.addAll(reMentions(s, ctx, mentions));
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Recognition(List.copyOf(mentions), List.copyOf(facts));
    }

    private static NameCandidate resolved(NameCandidate found, String s, KindResolver kinds, NameRules rules, String fallback) {
        String gloss = glossAfter(s, found, rules);
        NameCandidate c = gloss == null ? found : new NameCandidate(found.start(), glossEnd(s, found, rules), found.name(),
                found.acronym(), gloss, found.kind(), found.authority(), found.type(), found.ruleId());
        KindResolver.Kind k = kinds.resolve(c.name(), gloss, s.substring(0, c.start()), s.substring(c.end()));
        if (k == null) {
            return fallback == null ? c : c.withKind(fallback, c.ruleId());
        }
        return c.withKind(k.kind(), c.ruleId().endsWith(".quoted") || c.ruleId().endsWith(".acronym-definition")
                ? c.ruleId() + "+" + k.ruleId() : c.ruleId());
    }

    /**
     * A name some other rule found inside quotes ("« Enterprise Estonia »") takes its quotes, so
     * that the sentence reads the same as when the quoted-name rule had found it.
     */
    private static NameCandidate withEnclosingQuotes(String s, NameCandidate c, NameRules rules) {
        int before = c.start() - 1;
        while (before >= 0 && Character.isSpaceChar(s.charAt(before))) {
            before--;
        }
        int after = c.end();
        while (after < s.length() && Character.isSpaceChar(s.charAt(after))) {
            after++;
        }
        if (before < 0 || after >= s.length()) {
            return c;
        }
        for (RuleFiles.Quote q : rules.quotes()) {
            if (q.open().indexOf(s.charAt(before)) == 0 && q.close().indexOf(s.charAt(after)) >= 0) {
                return c.withSpan(before, after + 1);
            }
        }
        return c;
    }

    private static NameCandidate withTrailingAcronym(String s, NameCandidate c) {
        Matcher m = NameFinder.ACRONYM.matcher(s.substring(c.end()));
        if (m.find()) {
            return new NameCandidate(c.start(), c.end() + m.end(), c.name(), m.group("acr"), null, c.kind(),
                    c.authority(), c.type(), c.ruleId());
        }
        return c;
    }

    private static List<NameCandidate> fromPatterns(List<CompiledRule> patterns, String s, String group) {
        List<NameCandidate> out = new ArrayList<>();
        for (CompiledRule r : patterns) {
            Matcher m = r.pattern().matcher(s);
            while (m.find()) {
                int start = group == null ? m.start() : m.start(group);
                int end = group == null ? m.end() : m.end(group);
                out.add(new NameCandidate(start, end, s.substring(start, end), null, null, r.value(), null, null, r.id()));
            }
        }
        return out;
    }

    private static int glossEnd(String s, NameCandidate c, NameRules rules) {
        Matcher m = rules.glossPattern().matcher(s.substring(c.end()));
        return m.find() ? c.end() + m.end() : c.end();
    }

    private static String glossAfter(String s, NameCandidate c, NameRules rules) {
        if (rules.glossPattern() == null) {
            return null;
        }
        Matcher m = rules.glossPattern().matcher(s.substring(c.end()));
        return m.find() ? m.group("gloss").strip() : null;
    }

    /**
     * National things are scoped to their country; international and EU ones, funds and platforms are
     * global. A name the alias table lists is keyed by the entry's first name; a described thing
     * ("four cluster management organisations", "vier Clustermanagement-Organisationen") by its kind
     * and its count or rank, which do not depend on the language it is described in.
     */
    static EntityRef ref(EntityType type, NameCandidate c, String country, Map<String, String> singulars, LanguageResources lang) {
        boolean global = type == EntityType.FUND || type == EntityType.PLATFORM
                || "eu-body".equals(c.kind()) || "international-body".equals(c.kind());
        if (!global && country == null) {
            return null; // a national name in EU-level text has no country to belong to
        }
        java.util.Optional<String> alias = global ? java.util.Optional.empty() : lang.aliases().canonical(country, c.name());
        String described = alias.isPresent() ? null : describedKey(c, lang);
        String key = switch (type) {
            case FUND -> c.authority();
            case ORGANISATION -> c.authority() != null ? c.authority().toLowerCase(java.util.Locale.ROOT)
                    : alias.isPresent() ? Slugs.slug(alias.get(), singulars)
                    : described != null ? described
                    : Slugs.slug(c.acronym() != null ? c.acronym() : c.name(), singulars);
            default -> alias.isPresent() ? Slugs.slug(alias.get(), singulars) : described != null ? described : Slugs.slug(c.name(), singulars);
        };
        return key.isEmpty() ? null : new EntityRef(type, key, global ? null : country);
    }

    /** The key of a thing a descriptive rule found, from its count or rank when it opens with one ("4-cluster-management-organisation"). */
    private static String describedKey(NameCandidate c, LanguageResources lang) {
        if (!lang.names().descriptiveNames().stream().anyMatch(r -> r.id().equals(c.ruleId()))) {
            return null;
        }
        java.util.List<ParsedNumber> numbers = lang.numbers().findAll(c.name());
        if (!numbers.isEmpty() && numbers.get(0).start() == 0) {
            return numbers.get(0).value().toPlainString() + "-" + c.kind() + "-described";
        }
        Integer rank = lang.ordinals().get(c.name().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT));
        return rank != null ? "rank-" + rank + "-" + c.kind() + "-described" : null;
    }

    private static final Pattern NAME_RANGE = Pattern.compile("(?<![\\p{N}])((?:19|20)\\d{2})\\s?[-–—]\\s?((?:19|20)\\d{2})(?![\\p{N}])");

    /** A programme whose name carries its period ("Action Plan 2011–2016") runs in those years. */
    private static Integer[] yearsInName(String name, EntityType type) {
        if (type == EntityType.INSTRUMENT) {
            Matcher m = NAME_RANGE.matcher(name);
            if (m.find()) {
                return new Integer[] {Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2))};
            }
        }
        return new Integer[] {null, null};
    }

    private static List<Mention> reMentions(String s, SentenceContext ctx, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        List<Map.Entry<String, Mention>> known = new ArrayList<>(ctx.memory().knownNames().entrySet());
        known.sort(Comparator.comparingInt((Map.Entry<String, Mention> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, Mention> e : known) {
            if (!s.contains(e.getKey())) {
                continue; // most known names are absent from a sentence; no pattern to compile for them
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])").matcher(s);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean taken = found.stream().anyMatch(f -> start < f.end() && end > f.start())
                        || out.stream().anyMatch(f -> start < f.end() && end > f.start());
                if (!taken) {
                    out.add(new Mention(start, end, e.getValue().ref(), e.getValue().label(), e.getValue().tentative()));
                }
            }
        }
        return out;
    }
}
