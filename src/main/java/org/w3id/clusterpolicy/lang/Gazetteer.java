package org.w3id.clusterpolicy.lang;

import java.util.List;

/**
 * A word-list file of a language (country names, sectors, regions, funds, EU bodies) with the
 * examples that check it: each example lists exactly the ids the list must find in its text.
 */
public record Gazetteer(RuleFile file, List<RuleFiles.GazetteerExample> examples) {}
