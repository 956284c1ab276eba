package org.w3id.clusterpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"convert", "evaluate", "query", "validate"})
    void everyCommandHasHelp(String command) {
        Cli r = Cli.run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: cluster-policy-kg " + command), r.out());
    }

    @Test
    void versionAndTopLevelHelp() {
        Cli v = Cli.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("cluster-policy-kg "), v.out());
        Cli h = Cli.run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("convert") && h.out().contains("query") && h.out().contains("validate"), h.out());
    }

    @Test
    void anUnknownOptionIsOneLineAndExitTwo() {
        Cli r = Cli.run("convert", "--frobnicate");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("convert: Unknown option: '--frobnicate'"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "tsv", "json", "xml"})
    void queryWritesTheW3cResultFormats(String format) {
        Cli r = Cli.run("query", "countries", "--format", format);
        assertEquals(0, r.code(), r.err());
        var lang = switch (format) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "json" -> ResultSetLang.RS_JSON;
            default -> ResultSetLang.RS_XML;
        };
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), lang);
        assertEquals("country", rs.getResultVars().get(0));
        int rows = 0;
        while (rs.hasNext()) {
            rs.next();
            rows++;
        }
        assertEquals(41, rows);
    }

    @Test
    void queryTableIsForPeople() {
        Cli r = Cli.run("query", "policy-status", "--param", "status=no-cluster-policy");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("country/LIE") && r.out().contains("country/MLT"), r.out());
    }

    @Test
    void validateTheCommittedDump() {
        Cli r = Cli.run("validate");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void validateRefusesAFileThatIsNotRdf() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("not-rdf", ".ttl");
        java.nio.file.Files.writeString(f, "this is not turtle");
        Cli r = Cli.run("validate", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + f + ": not valid Turtle"), r.err());
    }
}
