package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.clusterpolicy.attribute.AttributedDocument;
import org.w3id.clusterpolicy.attribute.Attribution;
import org.w3id.clusterpolicy.attribute.BlockRole;
import org.w3id.clusterpolicy.lang.CompiledRule;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.segment.BlockKind;
import org.w3id.clusterpolicy.segment.Sentence;
import org.w3id.clusterpolicy.segment.SentenceSplitter;

/**
 * Reads the facts of an attributed document, sentence by sentence. Each country's text (and the
 * EU-level text) keeps its own memory, so a trailing paragraph placed with an earlier country can
 * still refer to what that country's text named.
 */
public final class DocumentExtractor {
    private static final String EU_LEVEL = "";

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SentenceAnalyzer analyzer = new SentenceAnalyzer();

    public ExtractedDocument extract(AttributedDocument doc, LanguageResources lang) {
        String text = doc.segmented().document().text();
        String docId = doc.segmented().document().id();
        Map<String, SectionMemory> memories = new HashMap<>();
        List<Fact> facts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean inPlatformList = false;
        for (Attribution a : doc.attributions()) {
            if (a.role() == BlockRole.NON_CONTENT) {
                continue;
            }
            boolean listItem = a.block().kind() == BlockKind.LIST_ITEM;
            if (!listItem) {
                inPlatformList = a.role() == BlockRole.EU_LEVEL && matchesAny(lang.structure("platform-list"), a.block().text());
            }
            String country = a.isCountry() ? a.country() : null;
            SectionMemory memory = memories.computeIfAbsent(country == null ? EU_LEVEL : country, k -> new SectionMemory());
            for (Sentence s : splitter.split(docId, text, a.block(), lang)) {
                SentenceContext ctx = new SentenceContext(s, country, lang, memory, listItem && inPlatformList);
                SentenceAnalyzer.Result r = analyzer.analyze(ctx);
                facts.addAll(r.facts());
                for (DateMatch d : r.dates()) {
                    if (d.glued()) {
                        warnings.add("year glued to the next word at offset " + (s.start() + d.end()) + ": \""
                                + s.text().substring(d.start(), Math.min(s.text().length(), d.end() + 4)) + "\" read as " + d.date());
                    }
                }
            }
        }
        return new ExtractedDocument(doc, List.copyOf(facts), List.copyOf(warnings));
    }

    private static boolean matchesAny(List<CompiledRule> rules, String text) {
        return rules.stream().anyMatch(r -> r.pattern().matcher(text).find());
    }
}
