package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the extraction of one sentence: entities first, then dates, then (in a country's text) every
 * fact extractor in a fixed order; finally remembers what the sentence named for the sentences
 * after it. The extractors may therefore assume a country.
 */
public final class SentenceAnalyzer {
    private static final List<FactExtractor> EXTRACTORS = List.of(
            new EventExtractor(), new QuantityExtractor(), new RoleExtractor(), new LinkExtractor(),
            new PartnerExtractor());

    private static final FactExtractor PLATFORMS = new PlatformExtractor();

    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final DateFinder dates = new DateFinder();

    public record Result(List<Fact> facts, List<DateMatch> dates) {}

    public Result analyze(SentenceContext ctx) {
        if (ctx.platformListItem()) {
            return new Result(PLATFORMS.extract(new SentenceAnalysis(ctx, List.of(), List.of())), List.of());
        }
        EntityRecognizer.Recognition recognition = recognizer.recognize(ctx);
        List<DateMatch> found = dates.find(ctx.text(), recognition.mentions(), ctx.lang());
        SentenceAnalysis analysis = new SentenceAnalysis(ctx, recognition.mentions(), found);
        List<Fact> facts = new ArrayList<>(recognition.facts());
        if (!ctx.isEuLevel()) { // EU-level text gives EU bodies and platforms only: no country to hang facts on
            for (FactExtractor e : EXTRACTORS) {
                facts.addAll(e.extract(analysis));
            }
        }
        ctx.memory().afterSentence(recognition.mentions());
        return new Result(facts, found);
    }
}
