package org.w3id.clusterpolicy.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.segment.Block;
import org.w3id.clusterpolicy.segment.BlockKind;

/**
 * The context keeps its answers from one block to the next instead of rescanning the page; on
 * random pages, decided the way the second pass decides them, every answer equals a full scan.
 */
class OverviewContextTest {
    private static final List<String> COUNTRIES = List.of("ALB", "AUT", "BEL", "HUN", "MLT");
    private static final List<String> RULES = List.of(HeadingRule.ID, MentionRule.ID, OrderGapRule.ID,
            SharedEntityRule.ID, ContinuationRule.PREVIOUS_ID);

    @Test
    void answersAsAFullScanWouldAtEveryBlockOfTheSecondPass() {
        Random random = new Random(42);
        for (int page = 0; page < 200; page++) {
            int n = 1 + random.nextInt(60);
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                blocks.add(new Block(i, BlockKind.PARAGRAPH, i * 10, i * 10 + 9, "Text " + COUNTRIES.get(random.nextInt(COUNTRIES.size())) + "word " + i, 1, null));
            }
            OverviewContext ctx = new OverviewContext(blocks, Snippets.registry().require("en"), Snippets.registry());
            // First pass: some blocks decided anywhere (headings, introduction, non-content).
            for (Block b : blocks) {
                if (random.nextInt(4) == 0) {
                    ctx.decisions[b.index()] = randomDecision(b, random, true);
                }
            }
            // Second pass: the others in page order, each after the questions a rule asks about it.
            for (Block b : blocks) {
                if (ctx.decisions[b.index()] != null) {
                    continue;
                }
                int i = b.index();
                assertEquals(fullPreviousAnchor(ctx, i), ctx.previousAnchor(i), "previous anchor at " + i);
                assertEquals(fullNextHeading(ctx, i), ctx.nextHeadingCountry(i), "next heading at " + i);
                assertEquals(fullCountries(ctx), ctx.attributedCountries(i), "countries at " + i);
                assertEquals(fullAnyCountryAfter(ctx, i), ctx.anyCountryAfter(i), "country after " + i);
                assertEquals(fullWords(ctx, i), ctx.countriesByDistinctiveWord(i, OverviewContextTest::words), "words at " + i);
                ctx.decisions[i] = randomDecision(b, random, false);
            }
        }
    }

    private static Attribution randomDecision(Block b, Random random, boolean firstPass) {
        int kind = random.nextInt(firstPass ? 3 : 2);
        if (kind == 2) {
            return new Attribution(b, BlockRole.NON_CONTENT, null, "structure.navigation", "navigation");
        }
        if (kind == 1) {
            return new Attribution(b, BlockRole.INTRO, null, ContinuationRule.INTRO_ID, "intro");
        }
        String rule = firstPass ? HeadingRule.ID : RULES.get(random.nextInt(RULES.size()));
        return new Attribution(b, BlockRole.COUNTRY, COUNTRIES.get(random.nextInt(COUNTRIES.size())), rule, "test");
    }

    private static Set<String> words(String text) {
        return Set.of(text.split(" ")[1]);
    }

    private static String fullPreviousAnchor(OverviewContext ctx, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Attribution a = ctx.decisions[i];
            if (a != null && a.isCountry() && OverviewContext.ANCHOR_RULES.contains(a.ruleId())) {
                return a.country();
            }
        }
        return null;
    }

    private static String fullNextHeading(OverviewContext ctx, int index) {
        for (int i = index + 1; i < ctx.decisions.length; i++) {
            Attribution a = ctx.decisions[i];
            if (a != null && a.isCountry() && HeadingRule.ID.equals(a.ruleId())) {
                return a.country();
            }
        }
        return null;
    }

    private static Set<String> fullCountries(OverviewContext ctx) {
        Set<String> out = new HashSet<>();
        for (Attribution a : ctx.decisions) {
            if (a != null && a.isCountry()) {
                out.add(a.country());
            }
        }
        return out;
    }

    private static boolean fullAnyCountryAfter(OverviewContext ctx, int index) {
        for (int i = index + 1; i < ctx.decisions.length; i++) {
            if (ctx.decisions[i] != null && ctx.decisions[i].isCountry()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> fullWords(OverviewContext ctx, int index) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i < index; i++) {
            Attribution a = ctx.decisions[i];
            if (a != null && a.isCountry()) {
                for (String w : words(a.block().text())) {
                    out.computeIfAbsent(w, k -> new HashSet<>()).add(a.country());
                }
            }
        }
        return out;
    }
}
