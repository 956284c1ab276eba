package org.w3id.clusterpolicy.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.clusterpolicy.cli.Version;
import org.w3id.clusterpolicy.extract.Snippets;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.store.DumpFormat;

class ConverterTest {
    static final Path DATA = Path.of("data");

    static Converter converter() {
        return new Converter(Snippets.registry(), new OntologyConcepts(), Version.get());
    }

    static ConversionOptions defaults(Path out) {
        return new ConversionOptions(ConversionOptions.defaultSources(ConversionOptions.DEFAULT_SOURCE_FOLDER), null, out, Vocab.DEFAULT_BASE);
    }

    @Test
    void convertingTwiceGivesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        converter().convert(defaults(a));
        converter().convert(defaults(b));
        for (DumpFormat f : DumpFormat.CONVERTED) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f.fileName())), Files.readAllBytes(b.resolve(f.fileName())), f.fileName());
        }
        assertArrayEquals(Files.readAllBytes(a.resolve(Converter.REPORT_FILE)), Files.readAllBytes(b.resolve(Converter.REPORT_FILE)));
    }

    @Test
    void theCommittedDumpsAreTheConvertersOutputForTheCommittedSources(@TempDir Path out) throws IOException {
        converter().convert(defaults(out));
        for (DumpFormat f : DumpFormat.CONVERTED) {
            assertEquals(Files.readString(DATA.resolve(f.fileName()), StandardCharsets.UTF_8),
                    Files.readString(out.resolve(f.fileName()), StandardCharsets.UTF_8),
                    "data/" + f.fileName() + " is out of date: run `java -jar target/cluster-policy-kg.jar convert` and commit it");
        }
        assertEquals(Files.readString(DATA.resolve(Converter.REPORT_FILE)), Files.readString(out.resolve(Converter.REPORT_FILE)),
                "data/" + Converter.REPORT_FILE + " is out of date");
        assertEquals(Files.readString(DATA.resolve(Checksums.FILE_NAME)), Files.readString(out.resolve(Checksums.FILE_NAME)),
                "data/" + Checksums.FILE_NAME + " is out of date");
    }

    /** A fresh clone sets every file time to the checkout: only content decides whether to convert again. */
    @Test
    void freshnessIsDecidedByContentNotFileTimes(@TempDir Path out) throws IOException {
        Path sources = Files.createDirectories(out.resolve("source"));
        for (Path s : ConversionOptions.defaultSources(ConversionOptions.DEFAULT_SOURCE_FOLDER)) {
            Files.copy(s, sources.resolve(s.getFileName()));
            Path meta = org.w3id.clusterpolicy.source.SourceReader.metadataPath(s);
            Files.copy(meta, sources.resolve(meta.getFileName()));
        }
        java.util.List<Path> list = ConversionOptions.defaultSources(sources);
        Path dumps = out.resolve("dumps");
        assertTrue(Freshness.stale(dumps, list), "nothing converted yet");
        converter().convert(new ConversionOptions(list, null, dumps, Vocab.DEFAULT_BASE));
        assertFalse(Freshness.stale(dumps, list));
        java.nio.file.attribute.FileTime later = java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(3600));
        for (Path s : list) {
            Files.setLastModifiedTime(s, later); // what a checkout does
        }
        assertFalse(Freshness.stale(dumps, list), "newer file times alone do not make the dumps stale");
        Files.writeString(list.get(0), Files.readString(list.get(0)) + "\n");
        assertTrue(Freshness.stale(dumps, list), "a changed source does");
        converter().convert(new ConversionOptions(list, null, dumps, Vocab.DEFAULT_BASE));
        Files.writeString(dumps.resolve("cluster-policy.ttl"), "# edited by hand\n", java.nio.file.StandardOpenOption.APPEND);
        assertTrue(Freshness.stale(dumps, list), "a dump that is not what was written does");
        assertTrue(Freshness.stale(dumps, list.subList(1, list.size())), "so does a different set of sources");
    }

    @Test
    void theReportListsEveryCountryOnceWithItsSources(@TempDir Path out) {
        var report = converter().build(defaults(out)).report();
        assertEquals(41, report.totals().countries());
        assertEquals(6, report.totals().sources());
        var hungary = report.countries().stream().filter(c -> c.country().equals("HUN")).findFirst().orElseThrow();
        assertEquals(2, hungary.sources().size(), "the English page and the German page merge onto Hungary");
        assertEquals("national-programme", hungary.status());
    }

    @Test
    void theReportListsSectionsAttributedByOtherThanHeadingOrMention(@TempDir Path out) {
        var report = converter().build(defaults(out)).report();
        var overview = report.sources().stream().filter(s -> s.layout().equals("overview")).findFirst().orElseThrow();
        var others = overview.attributedByOtherRules().stream().map(s -> s.country() + " " + s.rule()).toList();
        assertTrue(others.contains("HRV attr.order-gap"), others.toString());
        assertTrue(others.contains("GRC attr.shared-entity"), others.toString());
        assertTrue(overview.nonCountryText().stream().anyMatch(s -> "eu-level".equals(s.role())));
        assertTrue(overview.nonCountryText().stream().anyMatch(s -> "intro".equals(s.role())));
        assertTrue(overview.warnings().stream().anyMatch(w -> w.contains("2011on")), overview.warnings().toString());
    }

    @Test
    void theBaseOfTheMintedIrisIsConfigurable(@TempDir Path out) throws IOException {
        String base = "http://example.org/kg/";
        converter().convert(new ConversionOptions(ConversionOptions.defaultSources(ConversionOptions.DEFAULT_SOURCE_FOLDER), null, out, base));
        String nt = Files.readString(out.resolve("cluster-policy.nt"));
        assertTrue(nt.contains("<http://example.org/kg/profile/hungary> "), "profiles under the new base");
        assertTrue(!nt.contains("<https://w3id.org/cluster-policy/id/profile/"), "no profile left under the default base");
        assertTrue(nt.contains("<https://w3id.org/cluster-policy/id/sector/tourism>"), "ontology concepts keep their IRIs");
        var report = new org.w3id.clusterpolicy.validate.ShapeValidator().validate(
                org.w3id.clusterpolicy.store.GraphFiles.load(out.resolve("cluster-policy.ttl")).getDefaultGraph());
        assertTrue(report.conforms(), "the shapes accept any base: " + report.getEntries().stream().limit(3).toList());
    }
}
