package org.w3id.clusterpolicy.extract;

import java.util.List;
import org.w3id.clusterpolicy.attribute.AttributedDocument;

/** An attributed document with every fact read from it and the warnings reading raised. */
public record ExtractedDocument(AttributedDocument attributed, List<Fact> facts, List<String> warnings) {}
