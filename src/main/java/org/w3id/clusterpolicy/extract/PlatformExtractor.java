package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.clusterpolicy.lang.Slugs;
import org.w3id.clusterpolicy.lang.TermMatch;

/** Each item of the list of EU-level platforms is a platform; its "(ACR)" is its acronym. */
public final class PlatformExtractor implements FactExtractor {
    private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s*\\(\\s*(\\p{Lu}[\\p{L}&-]*[\\p{Lu}\\p{N}])\\s*\\)\\s*$");

    @Override
    public List<Fact> extract(SentenceAnalysis a) {
        SentenceContext ctx = a.context();
        List<Fact> out = new ArrayList<>();
        if (!ctx.platformListItem()) {
            return out;
        }
        String name = ctx.text().strip().replaceAll("[.;,]$", "");
        String acronym = null;
        Matcher m = TRAILING_ACRONYM.matcher(name);
        if (m.find()) {
            acronym = m.group(1);
            name = name.substring(0, m.start()).strip();
        }
        String authority = null;
        for (TermMatch t : ctx.lang().euBodies().find(ctx.text())) {
            authority = t.id();
        }
        String key = Slugs.slug(name);
        if (key.isEmpty()) {
            return out;
        }
        out.add(new EntityFact(new EntityRef(EntityType.PLATFORM, key, null), "platform", name, acronym, null, authority,
                null, null, ctx.evidence(), "platform." + ctx.lang().code() + ".list-item", null));
        return out;
    }
}
