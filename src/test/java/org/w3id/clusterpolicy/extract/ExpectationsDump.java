package org.w3id.clusterpolicy.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.w3id.clusterpolicy.attribute.AttributedDocument;
import org.w3id.clusterpolicy.attribute.Attribution;
import org.w3id.clusterpolicy.attribute.DocumentAttributor;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.segment.Segmenter;
import org.w3id.clusterpolicy.source.SourceDocument;
import org.w3id.clusterpolicy.source.SourceReader;

/**
 * Development aid: rewrites the facts part of {@code src/test/resources/expectations/*.yaml} from
 * what the converter reads today, so that a rule change shows as a git diff to review line by line.
 * The files stay hand-checked: every line of such a diff is read against the text before it is kept.
 */
public final class ExpectationsDump {
    public static void main(String[] args) throws IOException {
        LanguageRegistry registry = Snippets.registry();
        try (var files = Files.list(Path.of("data", "source"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                SourceDocument doc = new SourceReader(registry).read(file, null);
                LanguageResources lang = registry.require(doc.language());
                AttributedDocument attributed = new DocumentAttributor(registry).attribute(new Segmenter().segment(doc, lang), lang);
                ExtractedDocument extracted = new DocumentExtractor().extract(attributed, lang);
                Map<String, Set<String>> facts = new TreeMap<>();
                for (Fact f : extracted.facts()) {
                    facts.computeIfAbsent(f.country() == null ? "EU" : f.country(), k -> new TreeSet<>())
                            .add(SourceExpectationsTest.kind(f) + ": " + f.summary());
                }
                Path out = Path.of("src/test/resources/expectations", doc.id() + ".yaml");
                String old = Files.readString(out, StandardCharsets.UTF_8);
                List<String> lines = new ArrayList<>();
                lines.add(old.substring(0, old.indexOf("\nfacts:\n") + 1) + "facts:");
                facts.forEach((country, list) -> {
                    lines.add("  " + country + ":");
                    list.forEach(l -> lines.add("    - \"" + l.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
                });
                Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            }
        }
    }
}
