package org.w3id.clusterpolicy.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * Labels of the terms the ontology reuses from other vocabularies (rdfs:label, prov:wasDerivedFrom,
 * skos:exactMatch …), from {@code ontology/reused-terms.ttl}: the pages name them in the reader's
 * language as they name our own terms. Read once; never changes.
 */
final class TermLabels {
    private static final String FILE = "/org/w3id/clusterpolicy/ontology/reused-terms.ttl";
    private static final Graph LABELS = load();

    private TermLabels() {}

    /** The label of a reused term in {@code lang}, else in English, else null. */
    static String label(Node term, String lang) {
        String english = null;
        for (Triple t : LABELS.find(term, Vocab.LABEL, Node.ANY).toList()) {
            String l = t.getObject().getLiteralLanguage();
            if (l.equals(lang)) {
                return t.getObject().getLiteralLexicalForm();
            }
            if (l.equals("en")) {
                english = t.getObject().getLiteralLexicalForm();
            }
        }
        return english;
    }

    private static Graph load() {
        try (InputStream in = TermLabels.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FILE);
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
