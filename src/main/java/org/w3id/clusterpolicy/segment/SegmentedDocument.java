package org.w3id.clusterpolicy.segment;

import java.time.YearMonth;
import java.util.List;
import org.w3id.clusterpolicy.source.SourceDocument;

/** A source document cut into blocks, with the page date its "Stand:" line states, if any. */
public record SegmentedDocument(SourceDocument document, List<Block> blocks, YearMonth statedPageDate, String pageDateRule) {}
