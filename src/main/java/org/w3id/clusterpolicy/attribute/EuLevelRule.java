package org.w3id.clusterpolicy.attribute;

import java.util.Optional;
import org.w3id.clusterpolicy.lang.CompiledRule;
import org.w3id.clusterpolicy.segment.Block;

/** A paragraph that names no country and speaks of Europe as a whole belongs to the EU-level part. */
final class EuLevelRule implements BlockRule {

    @Override
    public Optional<Attribution> decide(Block block, OverviewContext ctx) {
        for (CompiledRule r : ctx.lang.structure("eu-level")) {
            if (r.pattern().matcher(block.text()).find()) {
                return Optional.of(new Attribution(block, BlockRole.EU_LEVEL, null, r.id(), "speaks of Europe as a whole"));
            }
        }
        return Optional.empty();
    }
}
