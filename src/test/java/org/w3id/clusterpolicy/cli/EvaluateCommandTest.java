package org.w3id.clusterpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.clusterpolicy.evaluate.FactKind;

/**
 * {@code evaluate} end to end from the command line on the committed set: exit 0, the score table
 * and its listings, the same numbers as JSON, and the same found counts as {@code convert} prints.
 * Today's scores are not asserted (the converter changes); the structure is.
 */
class EvaluateCommandTest {
    private static final Pattern ROW = Pattern.compile(
            "(\\S+)\\s+(\\d+)\\s+(\\d+) \\|\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+) \\|\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");

    @TempDir
    Path dir;

    @Test
    void scoresTheCommittedSetAsATable() {
        Cli r = Cli.run("evaluate", "data/eval/committed.yaml");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Evaluated committed (data/eval/committed.yaml) on 6 source(s).\n"), r.out());
        List<String> kinds = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                kinds.add(m.group(1));
                int gold = Integer.parseInt(m.group(2));
                int found = Integer.parseInt(m.group(3));
                int strict = Integer.parseInt(m.group(4));
                int lenient = Integer.parseInt(m.group(8));
                assertTrue(strict <= lenient && lenient <= Math.min(gold, found), line);
            }
        }
        List<String> expected = new ArrayList<>();
        for (FactKind k : FactKind.values()) {
            expected.add(k.id());
        }
        expected.add("all");
        assertEquals(expected, kinds, r.out());
        for (String section : List.of("\nMisses (", "\nUnexpected (", "\nDamaged (counted as lenient only) (")) {
            assertTrue(r.out().contains(section), section);
        }
    }

    @Test
    void jsonHasTheSameStructureAndConvertPrintsTheSameFoundCounts() throws IOException {
        Cli r = Cli.run("evaluate", "data/eval/committed.yaml", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("committed", json.get("set").asText());
        assertEquals(6, json.get("sources").size());
        assertEquals(0, json.get("refused").size());
        assertEquals(FactKind.values().length, json.get("kinds").size());
        int gold = 0;
        StringBuilder found = new StringBuilder();
        for (JsonNode k : json.get("kinds")) {
            gold += k.get("gold").asInt();
            found.append(found.isEmpty() ? "" : ", ").append(k.get("kind").asText()).append(' ').append(k.get("found").asInt());
            for (String level : List.of("strict", "lenient")) {
                assertTrue(k.get(level).has("truePositives") && k.get(level).has("precision") && k.get(level).has("recall") && k.get(level).has("f1"));
            }
        }
        assertEquals(gold, json.get("all").get("gold").asInt());
        int listed = json.get("misses").size() + json.get("all").get("lenient").get("truePositives").asInt();
        assertEquals(gold, listed, "every gold fact is either matched or listed as a miss");
        for (JsonNode miss : json.get("misses")) {
            assertTrue(miss.has("evidence") && miss.get("origin").asText().matches("data/eval/gold/.+\\.yaml:\\d+"), miss.toString());
        }
        for (JsonNode extra : json.get("unexpected")) {
            assertTrue(extra.get("origin").asText().startsWith("https://w3id.org/cluster-policy/id/"), extra.toString());
        }

        Cli convert = Cli.run("convert", "--out", dir.toString());
        assertEquals(0, convert.code(), convert.err());
        assertTrue(convert.out().contains("Extracted, as the graph states them (the kinds evaluate scores): " + found + ".\n"), convert.out());
    }

    @Test
    void aSourceTheConverterRefusesIsListedNotAnError() throws IOException {
        // A text with nothing to extract: every converter must refuse it.
        Files.writeString(dir.resolve("news.txt"), "Cluster news\n\nClusters help small firms to grow.\n");
        Path gold = Files.writeString(dir.resolve("news.yaml"), "document: news\nsource: news.txt\ncountries:\n  EU: {}\n");
        Cli r = Cli.run("evaluate", gold.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("; the converter refused 1 (their gold facts count as misses).\n  refused: " + dir.resolve("news.txt") + ": "), r.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        assertBad(Cli.run("evaluate", "data/eval/nowhere.yaml"), "error: data/eval/nowhere.yaml: no such file");
        assertBad(Cli.run("evaluate", "data/eval/gold/clusterplattform-de-malta.yaml", "data/source/nowhere.txt"),
                "error: data/source/nowhere.txt: no such file");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "document: x\ncountries: {HUN: [\n");
        Cli r = Cli.run("evaluate", broken.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + broken + ": line "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Cli format = Cli.run("evaluate", "data/eval/committed.yaml", "--format", "xml");
        assertEquals(2, format.code());
        assertEquals(1, format.err().strip().lines().count(), format.err());
        assertTrue(format.err().startsWith("evaluate: Invalid value for option '--format'"), format.err());
    }

    private static void assertBad(Cli r, String message) {
        assertEquals(2, r.code(), r.out());
        assertEquals(message, r.err().strip());
        assertTrue(r.out().isEmpty(), "nothing printed on stdout: " + r.out());
    }
}
