package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.clusterpolicy.lang.CompiledRule;

/**
 * Applies the role patterns of {@code roles.yaml} to the sentence with every entity replaced by a
 * marker (⟦E0⟧, ⟦E1⟧ ...), so a pattern speaks of "an entity" without knowing its words. Without
 * a {TARGET} the role is towards the programme the sentence refers back to or names, else towards
 * what a sentence-initial pronoun refers to, else towards the country.
 */
public final class RoleExtractor implements FactExtractor {
    private static final Pattern MARK = Pattern.compile("⟦E(\\d+)⟧");

    @Override
    public List<Fact> extract(SentenceAnalysis a) {
        SentenceContext ctx = a.context();
        List<Fact> out = new ArrayList<>();
        List<Mention> mentions = a.mentions();
        String masked = mask(ctx.text(), mentions);
        for (CompiledRule r : ctx.lang().roles()) {
            Matcher m = r.pattern().matcher(masked);
            // Matches may overlap: "durch das ⟦MAG⟧ umgesetzt und aus Mitteln des ⟦EFRE⟧ kofinanziert"
            // fails the fund constraint at its first start but holds at a later one.
            for (int from = 0; from < masked.length() && m.find(from); from = m.start() + 1) {
                List<Mention> agents = new ArrayList<>();
                if (group(m, "agents") != null) {
                    agents.addAll(marked(group(m, "agents"), mentions));
                } else if (group(m, "this") != null && ctx.memory().lastEntity() != null) {
                    agents.add(ctx.memory().lastEntity());
                }
                Mention target = group(m, "target") != null ? marked(group(m, "target"), mentions).get(0) : defaultTarget(a, agents);
                String agentKind = r.source().agentKind();
                String targetKind = r.source().targetKind();
                if (targetKind != null && !matchesKind(target, targetKind)) {
                    continue;
                }
                for (Mention agent : agents) {
                    if ((agentKind != null && !matchesKind(agent, agentKind)) || agent.ref().equals(target.ref())) {
                        continue;
                    }
                    out.add(new RoleFact(agent.ref(), agent.label(), r.value(), target.ref(), ctx.evidence(), r.id(), ctx.country()));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static boolean matchesKind(Mention m, String kind) {
        return switch (kind) {
            case "instrument" -> m.ref().type() == EntityType.INSTRUMENT;
            case "organisation" -> m.ref().type() == EntityType.ORGANISATION;
            case "fund" -> m.ref().type() == EntityType.FUND;
            default -> throw new IllegalStateException("unknown entity kind in a role rule: " + kind);
        };
    }

    private static Mention defaultTarget(SentenceAnalysis a, List<Mention> agents) {
        SentenceContext ctx = a.context();
        Mention anaphor = SubjectResolver.programmeAnaphor(ctx);
        if (anaphor != null) {
            boolean isAgent = agents.stream().anyMatch(x -> x.ref().equals(anaphor.ref()));
            return isAgent ? SubjectResolver.profileMention(ctx) : anaphor;
        }
        Mention named = SubjectResolver.firstOfType(a.mentions(), EntityType.INSTRUMENT, agents);
        if (named != null) {
            return named;
        }
        Mention last = ctx.memory().lastEntity();
        if (SubjectResolver.startsWithPronoun(ctx) && last != null && agents.stream().noneMatch(x -> x.ref().equals(last.ref()))) {
            return last;
        }
        return SubjectResolver.profileMention(ctx);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // the pattern has no such placeholder
        }
    }

    private static List<Mention> marked(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            out.add(mentions.get(Integer.parseInt(m.group(1))));
        }
        return out;
    }

    static String mask(String s, List<Mention> mentions) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() < at) {
                continue;
            }
            out.append(s, at, m.start()).append("⟦E").append(i).append('⟧');
            at = m.end();
        }
        return out.append(s.substring(at)).toString();
    }
}
