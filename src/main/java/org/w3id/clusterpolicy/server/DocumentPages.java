package org.w3id.clusterpolicy.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.Browse;

/**
 * A source document's full text with every extracted sentence marked: each mark has the anchor
 * {@code sentence-{begin}-{end}} (offsets in code points, as the graph has them), so a link to
 * {@code /id/document/{id}#sentence-…} scrolls to the sentence and highlights it, and a link to the
 * sentence's page, which lists the facts derived from it.
 */
final class DocumentPages {
    private final PageQueries queries;

    DocumentPages(PageQueries queries) {
        this.queries = queries;
    }

    /** The text cut into plain stretches and marked sentences, in order; overlapping sentences are marked once. */
    List<Browse.TextPart> text(PageKit kit, Node document) {
        Node text = kit.value(document, Vocab.TEXT);
        if (text == null) {
            return List.of();
        }
        String s = text.getLiteralLexicalForm();
        int length = s.codePointCount(0, s.length());
        List<Browse.TextPart> out = new ArrayList<>();
        int at = 0; // code points
        for (Binding b : queries.run(kit, "document-sentences", Map.of("document", document.getURI())).rows()) {
            int begin = Integer.parseInt(b.get("begin").getLiteralLexicalForm());
            int end = Integer.parseInt(b.get("end").getLiteralLexicalForm());
            if (begin < at || end > length || begin >= end) {
                continue;
            }
            if (begin > at) {
                out.add(new Browse.TextPart(slice(s, at, begin), null, null, 0));
            }
            out.add(new Browse.TextPart(slice(s, begin, end), "sentence-" + begin + "-" + end, kit.href(b.get("sentence")),
                    Long.parseLong(b.get("facts").getLiteralLexicalForm())));
            at = end;
        }
        if (at < length) {
            out.add(new Browse.TextPart(slice(s, at, length), null, null, 0));
        }
        return out;
    }

    /** The text between two code-point offsets. */
    static String slice(String s, int begin, int end) {
        return s.substring(s.offsetByCodePoints(0, begin), s.offsetByCodePoints(0, end));
    }
}
