package org.w3id.clusterpolicy.attribute;

import org.w3id.clusterpolicy.segment.Block;

/**
 * The decision for one block: its role, its country (ISO alpha-3 / authority code, only for
 * {@link BlockRole#COUNTRY}), the id of the rule that decided, and a human-readable reason.
 */
public record Attribution(Block block, BlockRole role, String country, String ruleId, String detail) {

    public boolean isCountry() {
        return role == BlockRole.COUNTRY;
    }
}
