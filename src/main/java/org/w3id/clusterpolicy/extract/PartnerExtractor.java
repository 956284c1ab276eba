package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.clusterpolicy.lang.CountryMention;

/** In a sentence that speaks of partners, the countries it names are partners of the programme it names. */
public final class PartnerExtractor implements FactExtractor {

    @Override
    public List<Fact> extract(SentenceAnalysis a) {
        SentenceContext ctx = a.context();
        List<Fact> out = new ArrayList<>();
        if (ctx.lang().partnerCues() == null || !ctx.lang().partnerCues().matcher(ctx.text()).find()) {
            return out;
        }
        Mention programme = SubjectResolver.firstOfType(a.mentions(), EntityType.INSTRUMENT, List.of());
        if (programme == null) {
            programme = ctx.memory().lastInstrument();
        }
        if (programme == null) {
            return out;
        }
        Set<String> partners = new LinkedHashSet<>();
        for (CountryMention m : ctx.lang().countries().find(ctx.text())) {
            if (!a.insideMention(m.start(), m.end())) {
                partners.add(m.code());
            }
        }
        String rule = "partner." + ctx.lang().code() + ".cue";
        for (String p : partners) {
            out.add(new PartnerFact(programme.ref(), programme.label(), p, ctx.evidence(), rule, ctx.country()));
        }
        return out;
    }
}
