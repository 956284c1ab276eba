package org.w3id.clusterpolicy.attribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.segment.Block;
import org.w3id.clusterpolicy.segment.BlockKind;
import org.w3id.clusterpolicy.segment.SegmentedDocument;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * Reads a page as a country page when its title is a country name (everything on it is about that
 * country), else as an overview of many countries, whose blocks are decided by country headings
 * first and then, for the rest, by the rules in {@link #UNANCHORED_RULES} in that order.
 */
public final class DocumentAttributor implements CountryAttributor {
    static final String PAGE_TITLE_ID = "attr.page-title";
    static final String INTRO_NAV_ID = "attr.intro-before-navigation";
    static final String SUBHEADING_ID = "attr.subheading";

    private static final List<BlockRule> UNANCHORED_RULES = List.of(
            new MentionRule(), new SharedEntityRule(), new OrderGapRule(), new EuLevelRule(), new ContinuationRule());

    private final LanguageRegistry registry;

    public DocumentAttributor(LanguageRegistry registry) {
        this.registry = registry;
    }

    @Override
    public AttributedDocument attribute(SegmentedDocument doc, LanguageResources lang) {
        List<Block> blocks = doc.blocks();
        Optional<String> titleCountry = blocks.isEmpty() ? Optional.empty() : lang.countries().fullMatch(blocks.get(0).text());
        AttributedDocument result = titleCountry.isPresent()
                ? countryPage(doc, titleCountry.get())
                : overview(doc, lang);
        if (result.attributions().stream().noneMatch(Attribution::isCountry)) {
            throw new BadInputException(doc.document().file() + ": no recognisable country in the text");
        }
        return result;
    }

    private AttributedDocument countryPage(SegmentedDocument doc, String country) {
        List<Attribution> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            out.add(b.kind().isContent()
                    ? new Attribution(b, BlockRole.COUNTRY, country, PAGE_TITLE_ID, "on the page titled with " + country)
                    : nonContent(b));
        }
        return new AttributedDocument(doc, DocumentLayout.COUNTRY_PAGE, null, List.copyOf(out), List.of());
    }

    private AttributedDocument overview(SegmentedDocument doc, LanguageResources lang) {
        List<Block> blocks = doc.blocks();
        OverviewContext ctx = new OverviewContext(blocks, lang, registry);
        int navigation = -1;
        for (Block b : blocks) {
            if (b.kind() == BlockKind.NAVIGATION && navigation < 0) {
                navigation = b.index();
            }
        }
        List<String> anchors = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.kind().isContent()) {
                ctx.decisions[b.index()] = nonContent(b);
            } else if (b.index() < navigation) {
                ctx.decisions[b.index()] = new Attribution(b, BlockRole.INTRO, null, INTRO_NAV_ID, "before the navigation line");
            } else {
                Optional<String> heading = HeadingRule.headingCountry(b, ctx);
                if (heading.isPresent()) {
                    ctx.decisions[b.index()] = new Attribution(b, BlockRole.COUNTRY, heading.get(), HeadingRule.ID,
                            "heading \"" + b.text() + "\"");
                    anchors.add(heading.get());
                }
            }
        }
        ctx.order = PageOrder.detect(anchors, registry, lang.code()).orElse(null);
        List<String> warnings = new ArrayList<>();
        if (ctx.order == null && anchors.size() > 1) {
            warnings.add("country headings follow no known alphabetical order; the order-gap rule is off");
        }
        for (Block b : blocks) {
            if (ctx.decisions[b.index()] != null) {
                continue;
            }
            ctx.decisions[b.index()] = decideUnanchored(b, ctx);
        }
        warnings.addAll(duplicateSections(ctx.decisions));
        return new AttributedDocument(doc, DocumentLayout.OVERVIEW, ctx.order == null ? null : ctx.order.language(),
                List.copyOf(Arrays.asList(ctx.decisions)), List.copyOf(warnings));
    }

    private static Attribution decideUnanchored(Block b, OverviewContext ctx) {
        Attribution previous = ctx.previousDecision(b.index());
        boolean followsCountryHeading = previous != null && HeadingRule.ID.equals(previous.ruleId())
                && previous.block().kind() == BlockKind.HEADING && previous.block().index() == b.index() - 1;
        if (followsCountryHeading) {
            return new Attribution(b, BlockRole.COUNTRY, previous.country(), HeadingRule.ID, "under the heading \"" + previous.block().text() + "\"");
        }
        if ((b.kind() == BlockKind.HEADING || b.kind() == BlockKind.LIST_ITEM) && previous != null) {
            String rule = b.kind() == BlockKind.HEADING ? SUBHEADING_ID : ContinuationRule.LIST_ID;
            return new Attribution(b, previous.role(), previous.country(), rule, "belongs to the part before it");
        }
        for (BlockRule rule : UNANCHORED_RULES) {
            Optional<Attribution> a = rule.decide(b, ctx);
            if (a.isPresent()) {
                return a.get();
            }
        }
        return new Attribution(b, BlockRole.INTRO, null, ContinuationRule.INTRO_ID, "nothing before it");
    }

    /** A country whose text starts twice (two headings, or a heading and a mention) is merged and reported. */
    private static List<String> duplicateSections(Attribution[] decisions) {
        Map<String, Integer> starts = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Attribution a : decisions) {
            if (a != null && a.isCountry() && (HeadingRule.ID.equals(a.ruleId()) && a.block().kind() == BlockKind.HEADING
                    || MentionRule.ID.equals(a.ruleId()))) {
                int n = starts.merge(a.country(), 1, Integer::sum);
                if (n == 2) {
                    warnings.add("country " + a.country() + " has more than one section in this source; their texts are merged");
                }
            }
        }
        return warnings;
    }

    private static Attribution nonContent(Block b) {
        String rule = b.ruleId() != null ? b.ruleId() : "structure." + b.kind().name().toLowerCase(java.util.Locale.ROOT);
        return new Attribution(b, BlockRole.NON_CONTENT, null, rule, b.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
