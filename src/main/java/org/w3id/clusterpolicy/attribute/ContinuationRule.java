package org.w3id.clusterpolicy.attribute;

import java.util.Optional;
import org.w3id.clusterpolicy.segment.Block;
import org.w3id.clusterpolicy.segment.BlockKind;

/**
 * The last resort: a block no other rule decided continues the block before it (a second
 * paragraph, a list item, a sub-heading); before any country it is introduction.
 */
final class ContinuationRule implements BlockRule {
    static final String PREVIOUS_ID = "attr.continuation";
    static final String SAME_COUNTRY_ID = "attr.continuation.same-country";
    static final String LIST_ID = "attr.list-continues";
    static final String INTRO_ID = "attr.intro-before-first-country";

    @Override
    public Optional<Attribution> decide(Block block, OverviewContext ctx) {
        Attribution previous = ctx.previousDecision(block.index());
        if (previous == null || previous.role() == BlockRole.INTRO) {
            if (ctx.anyCountryAfter(block.index()) || ctx.attributedCountries(block.index()).isEmpty()) {
                return Optional.of(new Attribution(block, BlockRole.INTRO, null, INTRO_ID, "before the first country section"));
            }
        }
        if (previous == null) {
            return Optional.empty();
        }
        String rule = block.kind() == BlockKind.LIST_ITEM ? LIST_ID : PREVIOUS_ID;
        return Optional.of(new Attribution(block, previous.role(), previous.country(), rule,
                "continues the " + (previous.country() != null ? previous.country() + " " : previous.role().name().toLowerCase(java.util.Locale.ROOT) + " ") + "text before it"));
    }
}
