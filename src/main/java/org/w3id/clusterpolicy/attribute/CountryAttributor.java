package org.w3id.clusterpolicy.attribute;

import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.segment.SegmentedDocument;

/** Decides, for every block of a document, which country (if any) it is about. */
public interface CountryAttributor {
    /** @throws org.w3id.clusterpolicy.source.BadInputException when no block is about any country */
    AttributedDocument attribute(SegmentedDocument document, LanguageResources language);
}
