package org.w3id.clusterpolicy.attribute;

import java.util.Optional;
import org.w3id.clusterpolicy.segment.Block;

/** One way to decide a block that has no country heading of its own. */
interface BlockRule {
    Optional<Attribution> decide(Block block, OverviewContext context);
}
