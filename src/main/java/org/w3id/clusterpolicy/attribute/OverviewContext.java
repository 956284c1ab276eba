package org.w3id.clusterpolicy.attribute;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

    /*
     * The second pass decides blocks in page order and asks about the block it is deciding, so every
     * block before that one is decided for good and every block after it holds at most a first-pass
     * decision (a country heading, the introduction, non-content), which the second pass never
     * changes. The answers below are therefore kept from one question to the next and only brought up
     * to date over the blocks decided since: a page is read once, not once per block. A question
     * about an earlier block than the last one asked (which the pass never does) is answered by a
     * full scan, so the answers are always those of a full scan.
     */
    private int anchorsScannedTo;
    private String lastAnchor;
    private int nextHeadingAskedFor = -1;
    private int nextHeadingAt = -1;
    private int countriesScannedTo = -1;
    private final Set<String> countries = new LinkedHashSet<>();
    private int lastCountryAskedFor = -1;
    private int lastCountryAt = -1;

    /** The country of the nearest earlier block placed by heading, mention or order gap. */
    String previousAnchor(int index) {
        if (index < anchorsScannedTo) {
            anchorsScannedTo = 0;
            lastAnchor = null;
        }
        for (int i = anchorsScannedTo; i < index; i++) {
            Attribution a = decisions[i];
            if (a != null && a.isCountry() && ANCHOR_RULES.contains(a.ruleId())) {
                lastAnchor = a.country();
            }
        }
        anchorsScannedTo = index;
        return lastAnchor;
    }

    /** The country of the nearest later block that carries a country heading. */
    String nextHeadingCountry(int index) {
        if (index < nextHeadingAskedFor || index >= nextHeadingAt) {
            nextHeadingAt = decisions.length;
            for (int i = index + 1; i < decisions.length; i++) {
                Attribution a = decisions[i];
                if (a != null && a.isCountry() && HeadingRule.ID.equals(a.ruleId())) {
                    nextHeadingAt = i;
                    break;
                }
            }
        }
        nextHeadingAskedFor = index;
        return nextHeadingAt < decisions.length ? decisions[nextHeadingAt].country() : null;
    }

    private int wordsIndexedTo = -1;
    private final Map<String, Set<String>> countriesByWord = new HashMap<>();

    /**
     * For each word that {@code wordsOf} finds in the text of a block before {@code index} placed in
     * a country, the countries of those blocks.
     */
    Map<String, Set<String>> countriesByDistinctiveWord(int index, Function<String, Set<String>> wordsOf) {
        if (wordsIndexedTo < 0 || index < wordsIndexedTo) {
            countriesByWord.clear();
            wordsIndexedTo = 0;
        }
        for (int i = wordsIndexedTo; i < index; i++) {
            Attribution a = decisions[i];
            if (a != null && a.isCountry()) {
                for (String word : wordsOf.apply(a.block().text())) {
                    countriesByWord.computeIfAbsent(word, k -> new HashSet<>()).add(a.country());
                }
            }
        }
        wordsIndexedTo = index;
        return Collections.unmodifiableMap(countriesByWord);
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

    /** Countries already given text in this document (before the block asked about, or by a heading anywhere). */
    Set<String> attributedCountries(int index) {
        if (countriesScannedTo < 0 || index < countriesScannedTo) {
            countries.clear();
            for (Attribution a : decisions) {
                if (a != null && a.isCountry()) {
                    countries.add(a.country());
                }
            }
        } else {
            for (int i = countriesScannedTo; i < index; i++) {
                if (decisions[i] != null && decisions[i].isCountry()) {
                    countries.add(decisions[i].country());
                }
            }
        }
        countriesScannedTo = index;
        return Collections.unmodifiableSet(countries);
    }

    boolean anyCountryAfter(int index) {
        if (index < lastCountryAskedFor || lastCountryAskedFor < 0) {
            lastCountryAt = -1;
            for (int i = decisions.length - 1; i > index; i--) {
                if (decisions[i] != null && decisions[i].isCountry()) {
                    lastCountryAt = i;
                    break;
                }
            }
        }
        lastCountryAskedFor = index;
        return lastCountryAt > index;
    }
}
