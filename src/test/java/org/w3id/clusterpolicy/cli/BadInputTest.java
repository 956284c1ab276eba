package org.w3id.clusterpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.clusterpolicy.lang.LanguageRegistry;

/** Each bad input gets one line naming the file and the problem, exit code 2, and no output files. */
class BadInputTest {
    private static final String MALTA = "Malta\n\nMalta currently has no cluster policy. The country is pursuing a sectoral approach"
            + " in the design of its innovation policy measures.\n";

    @TempDir
    Path dir;

    private Cli convert(Path source) {
        return Cli.run("convert", "--out", dir.resolve("out").toString(), source.toString());
    }

    private void assertRefused(Cli r, String expectedMessage) throws IOException {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertEquals("error: " + expectedMessage, r.err().strip());
        Path out = dir.resolve("out");
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(0, files.count(), "nothing written");
            }
        }
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n\n");
        assertRefused(convert(f), f + ": empty file");
    }

    @Test
    void binaryFile() throws IOException {
        Path f = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        assertRefused(convert(f), f + ": binary file (contains NUL bytes), not a text");
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Path f = Files.write(dir.resolve("latin1.txt"), "Ungarn\n\nIn Ungarn gibt es Clusterförderung.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(convert(f), f + ": not valid UTF-8 (byte 0xF6 at offset 34)");
    }

    @Test
    void textWithoutACountry() throws IOException {
        Path f = Files.writeString(dir.resolve("news.txt"), "Cluster news\n\nClusters help small firms to grow. The networks connect them with research.\n");
        assertRefused(convert(f), f + ": no recognisable country in the text and nothing at EU level to extract");
    }

    @Test
    void unknownLanguage() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), MALTA);
        Cli r = Cli.run("convert", "--lang", "it", "--out", dir.resolve("out").toString(), f.toString());
        assertRefused(r, "--lang: unknown language 'it' (known: " + String.join(", ", LanguageRegistry.listedCodes()) + ", auto)");
    }

    @Test
    void missingPath() throws IOException {
        Path f = dir.resolve("nowhere.txt");
        assertRefused(convert(f), f + ": no such file");
    }

    @Test
    void unwritableOutputFolder() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), MALTA);
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
        Cli r = Cli.run("convert", "--out", blocker.resolve("out").toString(), f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + blocker.resolve("out") + ": cannot create the output folder"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void oneBadSourceAmongGoodOnesWritesNothing() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), MALTA);
        Path bad = Files.writeString(dir.resolve("bad.txt"), "");
        Cli r = Cli.run("convert", "--out", dir.resolve("out").toString(), good.toString(), bad.toString());
        assertRefused(r, bad + ": empty file");
    }

    @Test
    void aSourceWithoutMetadataConvertsWithItsLanguageDetected() throws IOException {
        Path f = Files.writeString(dir.resolve("Ungarn Seite.txt"), """
                Ungarn

                Förderung von Clusterinitiativen in Ungarn

                Erste Clusterstrukturen gibt es in Ungarn seit 2000. In Ungarn ist das Ministerium für Handel und Internationales verantwortlich für die nationale Clusterpolitik.

                Stand: April 2017
                """);
        Cli r = convert(f);
        assertEquals(0, r.code(), r.err());
        String report = Files.readString(dir.resolve("out").resolve("conversion-report.json"));
        assertTrue(report.contains("\"id\" : \"ungarn-seite\""), report);
        assertTrue(report.contains("\"languageDetected\" : true"), report);
        assertTrue(report.contains("\"pageDate\" : \"2017-04\""), report);
        String ttl = Files.readString(dir.resolve("out").resolve("cluster-policy.ttl"));
        assertTrue(ttl.contains("document:ungarn-seite"), "document IRI from the file name");
        assertTrue(ttl.contains("\"2017-04\"^^xsd:gYearMonth"), "the Stand: line is the modification date");
    }

    private Path withMetadata(String json) throws IOException {
        Path f = Files.writeString(dir.resolve("malta.txt"), MALTA);
        Files.writeString(dir.resolve("malta.meta.json"), json);
        return f;
    }

    @Test
    void metadataThatIsNull() throws IOException {
        Path f = withMetadata("null");
        assertRefused(convert(f), dir.resolve("malta.meta.json") + ": invalid metadata (expected a JSON object, found null)");
    }

    @Test
    void metadataIdWithSpaces() throws IOException {
        Path f = withMetadata("{\"id\": \"malta page\", \"language\": \"en\"}");
        assertRefused(convert(f), dir.resolve("malta.meta.json")
                + ": invalid metadata (id 'malta page' must be letters, digits, '.', '_', '~' or '-', without spaces)");
    }

    @Test
    void metadataWithAMalformedUrl() throws IOException {
        Path f = withMetadata("{\"id\": \"malta\", \"url\": \"http://exa mple.org/malta\"}");
        assertRefused(convert(f), dir.resolve("malta.meta.json") + ": invalid metadata (url is not a valid URL: Illegal character in authority at index 10)");
        Path g = withMetadata("{\"id\": \"malta\", \"url\": \"file:///etc/passwd\"}");
        assertRefused(convert(g), dir.resolve("malta.meta.json") + ": invalid metadata (url 'file:///etc/passwd' is not an absolute http or https URL)");
    }

    @Test
    void metadataOfTheWrongShape() throws IOException {
        Path f = withMetadata("[1, 2]");
        Cli r = convert(f);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: " + dir.resolve("malta.meta.json") + ": invalid metadata ("), r.err());
    }

    /** A control character is replaced by a space (offsets unchanged), said in the report, and every dump stays valid. */
    @Test
    void controlCharactersAreReplacedBySpacesAndReported() throws IOException {
        Path f = Files.writeString(dir.resolve("malta.txt"), MALTA.replace("no cluster policy.", "no cluster\u0013policy.\u000C"));
        Cli r = convert(f);
        assertEquals(0, r.code(), r.err());
        Path out = dir.resolve("out");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
        String rdf = Files.readString(out.resolve("cluster-policy.rdf"));
        assertTrue(rdf.contains("no cluster policy. "), "the controls became spaces");
        org.apache.jena.riot.RDFParser.source(out.resolve("cluster-policy.rdf")).parse(org.apache.jena.graph.GraphMemFactory.createDefaultGraph());
        String report = Files.readString(out.resolve("conversion-report.json"));
        assertTrue(report.contains("2 control character(s) in the text replaced by spaces"), report);
    }

    @Test
    void aFullDiskGivesOneLineAndLeavesNoTemporaryFiles() throws Exception {
        Path f = Files.writeString(dir.resolve("malta.txt"), MALTA);
        try (org.w3id.clusterpolicy.testing.SmallDisk disk = org.w3id.clusterpolicy.testing.SmallDisk.mount(dir.resolve("disk"), 64)) {
            Path out = disk.path().resolve("out");
            Cli r = Cli.run("convert", "--out", out.toString(), f.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals("error: " + out + ": cannot write the output (No space left on device)", r.err().strip());
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "nothing left behind, no hidden .tmp file");
            }
        }
    }

    @Test
    void unknownQueryAndBadParameters() {
        Cli r = Cli.run("query", "nosuchquery");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: unknown query 'nosuchquery' (known: "), r.err());
        Cli p = Cli.run("query", "country-profile", "--param", "country=Atlantis");
        assertEquals(2, p.code());
        assertEquals("error: country: 'Atlantis' is not an ISO 3166 alpha-2 or alpha-3 code or country authority IRI of a known country", p.err().strip());
        Cli m = Cli.run("query", "country-profile");
        assertEquals(2, m.code());
        assertTrue(m.err().startsWith("error: country: required by query country-profile"), m.err());
    }

    @Test
    void allowServiceTakesOnlyAbsoluteHttpIris() {
        for (String bad : new String[] {"file:///etc/passwd", "relative/path", "ftp://example.org/sparql", "http:opaque"}) {
            Cli r = Cli.run("serve", "--port", "0", "--allow-service", bad);
            assertEquals(2, r.code(), bad + ": " + r.err());
            assertEquals("error: --allow-service: '" + bad + "' is not an absolute http or https IRI", r.err().strip());
        }
        Cli r = Cli.run("serve", "--port", "0", "--allow-service", "http://exa mple.org/");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void serveFromAStoreTakesAnHttpEndpointThatAnswersSparqlAndNoDumpBesideIt() throws Exception {
        Cli notHttp = Cli.run("serve", "--port", "0", "--sparql-endpoint", "ftp://example.org/sparql");
        assertRefused(notHttp, "--sparql-endpoint: 'ftp://example.org/sparql' is not an absolute http or https URL");
        Cli withDump = Cli.run("serve", "--port", "0", "--sparql-endpoint", "http://127.0.0.1:9/sparql", "--data", "data/cluster-policy.trig");
        assertRefused(withDump, "--sparql-endpoint: the graph comes from the remote store, so --data and --tdb2 do not apply");
        Cli graphAlone = Cli.run("serve", "--port", "0", "--graph", "https://example.org/g");
        assertRefused(graphAlone, "--graph: names a graph of the store given with --sparql-endpoint, which is missing");
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String nobody = "http://127.0.0.1:" + closed + "/sparql";
        assertRefused(Cli.run("serve", "--port", "0", "--sparql-endpoint", nobody), "--sparql-endpoint " + nobody + ": it cannot be reached");
        try (org.w3id.clusterpolicy.server.LoopbackListener listener = new org.w3id.clusterpolicy.server.LoopbackListener()) {
            String notSparql = listener.url("/secret");
            Cli r = Cli.run("serve", "--port", "0", "--sparql-endpoint", notSparql);
            assertRefused(r, "--sparql-endpoint " + notSparql + ": its answer to a SPARQL query is not a SPARQL result (is it the URL of a SPARQL endpoint?)");
            assertTrue(!r.err().contains(listener.secret) && !r.out().contains(listener.secret), "nothing the other server said is repeated");
            String redirecting = listener.url("/redirecting");
            assertRefused(Cli.run("serve", "--port", "0", "--sparql-endpoint", redirecting),
                    "--sparql-endpoint " + redirecting + ": it answered HTTP 302 (a redirect, which is not followed)");
        }
    }
}
