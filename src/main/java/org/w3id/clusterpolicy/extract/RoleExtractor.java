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
 * what a sentence-initial pronoun refers to, else towards the country. A role whose target the
 * sentence names outranks the same agent's role with a default target (the pattern that saw the
 * object read the sentence better), and a programme holds no role towards its own country: "the
 * programme supports cooperation" says what it does, not a role in the country's policy (unless
 * the "programme" is only a guessed kind for a quoted name, which may as well be an organisation).
 */
public final class RoleExtractor implements FactExtractor {
    private static final Pattern MARK = Pattern.compile("⟦E(\\d+)⟧");

    @Override
    public List<Fact> extract(SentenceAnalysis a) {
        SentenceContext ctx = a.context();
        List<RoleFact> explicit = new ArrayList<>();
        List<RoleFact> defaulted = new ArrayList<>();
        List<Mention> mentions = a.mentions();
        String masked = mask(ctx.text(), mentions);
        for (CompiledRule r : ctx.lang().roles()) {
            Matcher m = r.pattern().matcher(masked);
            // Matches may overlap: "durch das ⟦MAG⟧ umgesetzt und aus Mitteln des ⟦EFRE⟧ kofinanziert"
            // fails the fund constraint at its first start but holds at a later one.
            for (int from = 0; from < masked.length() && m.find(from); from = m.start() + 1) {
                List<Mention> agents = new ArrayList<>();
                if (group(m, "agents") != null && m.start("agents") == m.start() && ctx.lang().notAgentBefore() != null
                        && ctx.lang().notAgentBefore().matcher(masked.substring(0, m.start())).find()) {
                    continue; // "the agencies inside the ⟦ministry⟧ foster ...": the ministry is not who fosters
                }
                if (group(m, "agents") != null) {
                    agents.addAll(marked(group(m, "agents"), mentions));
                } else if (group(m, "this") != null && ctx.memory().lastEntity() != null) {
                    agents.add(ctx.memory().lastEntity());
                }
                Mention subject = "passive".equals(r.source().voice()) ? passiveSubject(masked, m.start(), mentions, agents, ctx.lang().names().agentCue()) : null;
                boolean named = group(m, "target") != null || subject != null;
                Mention target = group(m, "target") != null ? marked(group(m, "target"), mentions).get(0)
                        : subject != null ? subject : defaultTarget(a, agents);
                String agentKind = r.source().agentKind();
                String targetKind = r.source().targetKind();
                if (targetKind != null && !matchesKind(target, targetKind)) {
                    continue;
                }
                for (Mention agent : agents) {
                    if ((agentKind != null && !matchesKind(agent, agentKind)) || agent.ref().equals(target.ref())
                            || (agent.ref().type() == EntityType.INSTRUMENT && !agent.tentative() && target.ref().isProfile())) {
                        continue;
                    }
                    RoleFact f = new RoleFact(agent.ref(), agent.label(), r.value(), target.ref(), ctx.evidence(), r.id(), ctx.country());
                    (named ? explicit : defaulted).add(f);
                }
            }
        }
        List<Fact> out = new ArrayList<>(explicit);
        for (RoleFact f : defaulted) {
            if (explicit.stream().noneMatch(e -> e.agent().equals(f.agent()) && e.role().equals(f.role()))) {
                out.add(f);
            }
        }
        return out.stream().distinct().toList();
    }

    private static final int MAX_SUBJECT_GAP = 80;

    /**
     * The subject of a passive clause: the first entity the sentence names, when it comes before
     * the match with no full stop or semicolon between and is not itself the agent of an earlier
     * passive ("⟦X⟧ wird von ⟦Y⟧ umgesetzt und durch ⟦Z⟧ kofinanziert": X for both), else null.
     */
    private static Mention passiveSubject(String masked, int matchStart, List<Mention> mentions, List<Mention> agents, Pattern agentCue) {
        Matcher first = MARK.matcher(masked);
        if (!first.find() || first.end() > matchStart || matchStart - first.end() > MAX_SUBJECT_GAP
                || masked.substring(first.end(), matchStart).matches("(?s).*[.;].*")
                || (agentCue != null && agentCue.matcher(masked.substring(0, first.start())).find())) {
            return null;
        }
        Mention subject = mentions.get(Integer.parseInt(first.group(1)));
        return agents.stream().anyMatch(x -> x.ref().equals(subject.ref())) ? null : subject;
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
        if (SubjectResolver.refersToAProgramme(ctx)) {
            return SubjectResolver.profileMention(ctx); // "the programme", never named: the country's own, not another one the sentence names
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
