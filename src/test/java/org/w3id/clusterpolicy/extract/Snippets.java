package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.segment.Block;
import org.w3id.clusterpolicy.segment.BlockKind;
import org.w3id.clusterpolicy.segment.Sentence;
import org.w3id.clusterpolicy.segment.SentenceSplitter;

/** Runs the real sentence extraction on a short text about one country, as the rule-file examples need. */
public final class Snippets {
    private static LanguageRegistry registry;

    private Snippets() {}

    public static synchronized LanguageRegistry registry() {
        if (registry == null) {
            registry = LanguageRegistry.load();
        }
        return registry;
    }

    /** Every fact the extractors read from the text, as country {@code country}'s text (null: EU level). */
    public static List<Fact> facts(String lang, String country, String text) {
        return read(lang, country, text).facts();
    }

    /** What the extraction read from a text: its facts and the dates it found. */
    public record Reading(List<Fact> facts, List<DateMatch> dates) {}

    /** The facts and the dates the extractors read from the text, as country {@code country}'s text. */
    public static Reading read(String lang, String country, String text) {
        LanguageResources l = registry().require(lang);
        Block block = new Block(0, BlockKind.PARAGRAPH, 0, text.length(), text, 0, null);
        SectionMemory memory = new SectionMemory();
        SentenceAnalyzer analyzer = new SentenceAnalyzer();
        List<Fact> facts = new ArrayList<>();
        List<DateMatch> dates = new ArrayList<>();
        for (Sentence s : new SentenceSplitter().split("snippet", text, block, l)) {
            SentenceAnalyzer.Result r = analyzer.analyze(new SentenceContext(s, country, l, memory, false));
            facts.addAll(r.facts());
            dates.addAll(r.dates());
        }
        return new Reading(facts, dates);
    }

    /** True when a fact came from the rule: its id equals the rule or is a "+"-joined chain containing it. */
    public static boolean fromRule(Fact f, String ruleId) {
        for (String part : f.ruleId().split("\\+")) {
            if (part.equals(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
