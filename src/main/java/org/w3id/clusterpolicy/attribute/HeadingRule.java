package org.w3id.clusterpolicy.attribute;

import java.util.Optional;
import org.w3id.clusterpolicy.segment.Block;
import org.w3id.clusterpolicy.segment.BlockKind;

/** A heading line that is exactly a country name opens that country's section. */
final class HeadingRule {
    static final String ID = "attr.heading";

    private HeadingRule() {}

    static Optional<String> headingCountry(Block block, OverviewContext ctx) {
        if (block.kind() != BlockKind.HEADING) {
            return Optional.empty();
        }
        return ctx.lang.countries().fullMatch(block.text());
    }
}
