package org.w3id.clusterpolicy.attribute;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.segment.Block;

/**
 * What the rules for blocks without a country heading may look at: the blocks, the decisions made
 * so far (null where none yet), the page's country order, and the language.
 */
final class OverviewContext {
    /** Rules whose decisions fix a country's place in the page order. */
    static final Set<String> ANCHOR_RULES = Set.of(HeadingRule.ID, MentionRule.ID, OrderGapRule.ID);

    final List<Block> blocks;
    final Attribution[] decisions;
    final LanguageResources lang;
    final LanguageRegistry registry;
    PageOrder order;

    OverviewContext(List<Block> blocks, LanguageResources lang, LanguageRegistry registry) {
        this.blocks = blocks;
        this.decisions = new Attribution[blocks.size()];
        this.lang = lang;
        this.registry = registry;
    }

    /** The country of the nearest earlier block placed by heading, mention or order gap. */
    String previousAnchor(int index) {
        for (int i = index - 1; i >= 0; i--) {
            Attribution a = decisions[i];
            if (a != null && a.isCountry() && ANCHOR_RULES.contains(a.ruleId())) {
                return a.country();
            }
        }
        return null;
    }

    /** The country of the nearest later block that carries a country heading. */
    String nextHeadingCountry(int index) {
        for (int i = index + 1; i < decisions.length; i++) {
            Attribution a = decisions[i];
            if (a != null && a.isCountry() && HeadingRule.ID.equals(a.ruleId())) {
                return a.country();
            }
        }
        return null;
    }

    /** The nearest earlier decided content block, or null. */
    Attribution previousDecision(int index) {
        for (int i = index - 1; i >= 0; i--) {
            Attribution a = decisions[i];
            if (a != null && a.role() != BlockRole.NON_CONTENT) {
                return a;
            }
        }
        return null;
    }

    /** Countries already given text in this document, in order of first appearance. */
    Set<String> attributedCountries() {
        Set<String> out = new LinkedHashSet<>();
        for (Attribution a : decisions) {
            if (a != null && a.isCountry()) {
                out.add(a.country());
            }
        }
        return out;
    }

    boolean anyCountryAfter(int index) {
        for (int i = index + 1; i < decisions.length; i++) {
            if (decisions[i] != null && decisions[i].isCountry()) {
                return true;
            }
        }
        return false;
    }
}
