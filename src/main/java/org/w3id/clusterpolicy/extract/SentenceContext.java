package org.w3id.clusterpolicy.extract;

import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.segment.Sentence;

/**
 * A sentence to extract facts from, with the country whose text it is (null in EU-level text),
 * the language, the memory of the country's earlier sentences, and whether it is an item of a
 * list of EU-level platforms.
 */
public record SentenceContext(Sentence sentence, String country, LanguageResources lang, SectionMemory memory,
                              boolean platformListItem) {

    public String text() {
        return sentence.text();
    }

    public Evidence evidence() {
        return new Evidence(sentence.documentId(), sentence.start(), sentence.end(), sentence.text(), lang.code());
    }

    public boolean isEuLevel() {
        return country == null;
    }
}
