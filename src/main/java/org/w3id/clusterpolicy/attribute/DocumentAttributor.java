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

/**
 * Reads a page as a country page when its title is a country name (everything on it is about that
 * country), else as an overview of many countries, whose blocks are decided by country headings
 * first and then, for the rest, by the rules in {@link #UNANCHORED_RULES} in that order.
 */
public final class DocumentAttributor implements CountryAttributor {
    static final String PAGE_TITLE_ID = "attr.page-title";
    static final String INTRO_NAV_ID = "attr.intro-before-navigation";
    static final String SUBHEADING_ID = "attr.subheading";
    static final String PAGE_SUBJECT_ID = "attr.page-subject";
    static final String EU_LEVEL_PAGE_ID = "attr.eu-level-page";
    /** A country is a page's subject when at least this share of the blocks that name a country name it. */
    private static final double SUBJECT_SHARE = 0.8;

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
        if (titleCountry.isPresent()) {
            return countryPage(doc, titleCountry.get(), PAGE_TITLE_ID);
        }
        AttributedDocument result = overview(doc, lang);
        boolean headed = result.attributions().stream().anyMatch(a -> HeadingRule.ID.equals(a.ruleId()));
        if (!headed) {
            // Without country headings, a page that is about one country is that country's page,
            // from its first paragraph on; one that names no country is about the EU level.
            Optional<String> subject = pageSubject(doc, lang);
            if (subject.isPresent()) {
                return countryPage(doc, subject.get(), PAGE_SUBJECT_ID);
            }
            if (result.attributions().stream().noneMatch(Attribution::isCountry)) {
                return euLevelPage(doc);
            }
        }
        return result;
    }

    /**
     * The country a page without country headings is about: the one named (by name, adjective or
     * one of its regions: "Wallonie" is Belgian) in at least {@link #SUBJECT_SHARE} of the blocks that
     * name a country, title included, and in more of them than any other. A page that names
     * several countries evenly is no country's page.
     */
    private Optional<String> pageSubject(SegmentedDocument doc, LanguageResources lang) {
        java.util.Map<String, Integer> blocksNaming = new java.util.TreeMap<>();
        int naming = 0;
        for (Block b : doc.blocks()) {
            if (!b.kind().isContent() && b.kind() != BlockKind.TITLE) {
                continue;
            }
            java.util.Set<String> named = new java.util.TreeSet<>();
            lang.countries().find(b.text()).forEach(m -> named.add(m.code()));
            named.addAll(registry.regions().forText(lang.code()).countriesOfRegions(b.text()).keySet());
            if (!named.isEmpty()) {
                naming++;
                named.forEach(c -> blocksNaming.merge(c, 1, Integer::sum));
            }
        }
        List<java.util.Map.Entry<String, Integer>> ranked = blocksNaming.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < SUBJECT_SHARE * naming
                || (ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue()))) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }

    /** A page about no country speaks of the EU level: its content is read as such (EU bodies, platforms). */
    private static AttributedDocument euLevelPage(SegmentedDocument doc) {
        List<Attribution> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            out.add(b.kind().isContent()
                    ? new Attribution(b, BlockRole.EU_LEVEL, null, EU_LEVEL_PAGE_ID, "the page names no country it is about")
                    : nonContent(b));
        }
        return new AttributedDocument(doc, DocumentLayout.OVERVIEW, null, List.copyOf(out), List.of());
    }

    private AttributedDocument countryPage(SegmentedDocument doc, String country, String rule) {
        List<Attribution> out = new ArrayList<>();
        String why = PAGE_TITLE_ID.equals(rule) ? "on the page titled with " + country : "on the page about " + country;
        for (Block b : doc.blocks()) {
            out.add(b.kind().isContent()
                    ? new Attribution(b, BlockRole.COUNTRY, country, rule, why)
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
