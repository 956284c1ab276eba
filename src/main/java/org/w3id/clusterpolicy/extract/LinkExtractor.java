package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.clusterpolicy.lang.CompiledRule;
import org.w3id.clusterpolicy.lang.CountryMention;
import org.w3id.clusterpolicy.lang.TermMatch;

/**
 * The links of a country profile a sentence gives: sectors and regions, funding sources (the funds it
 * names), the policy status (the first status rule that matches), and the other countries it names.
 * A sector or region named inside a name counts only when the name is a programme's or a cluster's
 * ("Automotive Cluster Slovenia", "Clusters Lower Austria"), or when the "name" is only a list of sectors;
 * inside any other name it says nothing about the country ("Ministry of Economy and Energy", "Vienna
 * Business Agency").
 */
public final class LinkExtractor implements FactExtractor {

    @Override
    public List<Fact> extract(SentenceAnalysis a) {
        SentenceContext ctx = a.context();
        List<Fact> out = new ArrayList<>();
        String s = ctx.text();
        for (TermMatch t : ctx.lang().sectors().find(s)) {
            if (saysSomethingOfTheCountry(a, t, true)) {
                out.add(new LinkFact(LinkFact.Aspect.SECTOR, t.id(), ctx.evidence(), t.ruleId(), ctx.country()));
            }
        }
        for (TermMatch t : ctx.lang().regions().find(s, ctx.country())) {
            if (saysSomethingOfTheCountry(a, t, false)) {
                out.add(new LinkFact(LinkFact.Aspect.REGION, t.id(), ctx.evidence(), t.ruleId(), ctx.country()));
            }
        }
        for (TermMatch t : ctx.lang().funds().find(s)) {
            out.add(new LinkFact(LinkFact.Aspect.FUNDING, t.id(), ctx.evidence(), t.ruleId(), ctx.country()));
        }
        for (CompiledRule r : ctx.lang().status()) {
            if (r.pattern().matcher(s).find()) {
                out.add(new LinkFact(LinkFact.Aspect.STATUS, r.value(), ctx.evidence(), r.id(), ctx.country()));
                break;
            }
        }
        Set<String> seen = new HashSet<>();
        for (CountryMention m : ctx.lang().countries().find(s)) {
            if (!m.code().equals(ctx.country()) && seen.add(m.code())) {
                out.add(new LinkFact(LinkFact.Aspect.MENTIONED_COUNTRY, m.code(), ctx.evidence(),
                        ctx.lang().countries().ruleId(), ctx.country()));
            }
        }
        return out.stream().distinct().toList();
    }

    private static boolean saysSomethingOfTheCountry(SentenceAnalysis a, TermMatch t, boolean sector) {
        for (Mention m : a.mentions()) {
            if (t.start() < m.end() && t.end() > m.start()) {
                String name = a.context().text().substring(m.start(), m.end());
                return m.ref().type() == EntityType.INSTRUMENT || a.context().lang().sectors().namesACluster(name)
                        || sector && a.context().lang().sectors().isOnlyAList(name);
            }
        }
        return true;
    }
}
