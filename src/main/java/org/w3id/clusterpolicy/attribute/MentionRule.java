package org.w3id.clusterpolicy.attribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.clusterpolicy.lang.CountryMention;
import org.w3id.clusterpolicy.segment.Block;

/**
 * A paragraph without a heading that names a country ("In Albania, ...", "Finnish industry")
 * opens a section for the country it names most (a name counts twice, an adjective once). On a
 * page sorted by country, the country must fit between the sections around it; a country that
 * does not (a partner named in passing) is not taken.
 */
final class MentionRule implements BlockRule {
    static final String ID = "attr.mention";

    @Override
    public Optional<Attribution> decide(Block block, OverviewContext ctx) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (CountryMention m : ctx.lang.countries().find(block.text())) {
            scores.merge(m.code(), m.adjective() ? 1 : 2, Integer::sum);
        }
        List<String> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> scores.get(b) - scores.get(a)); // stable: ties keep first appearance
        Attribution previous = ctx.previousDecision(block.index());
        String current = previous != null && previous.isCountry() ? previous.country() : null;
        String lower = ctx.previousAnchor(block.index());
        String upper = ctx.nextHeadingCountry(block.index());
        for (String code : ranked) {
            if (code.equals(current)) {
                return Optional.of(new Attribution(block, BlockRole.COUNTRY, code, ContinuationRule.SAME_COUNTRY_ID,
                        "names " + code + ", the country of the section it follows"));
            }
            if (ctx.order == null || ctx.order.between(lower, code, upper)) {
                return Optional.of(new Attribution(block, BlockRole.COUNTRY, code, ID,
                        "names " + code + " (score " + scores.get(code) + ")"));
            }
        }
        return Optional.empty();
    }
}
