package org.w3id.clusterpolicy.attribute;

import java.util.List;
import org.w3id.clusterpolicy.segment.SegmentedDocument;

/**
 * A segmented document with a decision for every block, the layout it was read as, the language
 * whose alphabetical order its country sections follow (null when they follow none), and warnings.
 */
public record AttributedDocument(SegmentedDocument segmented, DocumentLayout layout, String orderLanguage,
                                 List<Attribution> attributions, List<String> warnings) {}
