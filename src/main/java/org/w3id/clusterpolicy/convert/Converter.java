package org.w3id.clusterpolicy.convert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import org.w3id.clusterpolicy.attribute.AttributedDocument;
import org.w3id.clusterpolicy.attribute.DocumentAttributor;
import org.w3id.clusterpolicy.extract.DocumentExtractor;
import org.w3id.clusterpolicy.extract.ExtractedDocument;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.rdf.DatasetBuilder;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.report.ConversionReport;
import org.w3id.clusterpolicy.report.ReportBuilder;
import org.w3id.clusterpolicy.segment.SegmentedDocument;
import org.w3id.clusterpolicy.segment.Segmenter;
import org.w3id.clusterpolicy.source.BadInputException;
import org.w3id.clusterpolicy.source.SourceDocument;
import org.w3id.clusterpolicy.source.SourceReader;
import org.w3id.clusterpolicy.store.AtomicFiles;
import org.w3id.clusterpolicy.store.CanonicalOrder;
import org.w3id.clusterpolicy.store.DumpFormat;
import org.w3id.clusterpolicy.store.DumpWriter;

/**
 * The one place that wires the pipeline: source text → segments → country attribution → facts →
 * RDF → dump files. Every source is read and checked before anything is written; the dumps and
 * the report are then written together or not at all.
 */
public final class Converter {
    public static final String REPORT_FILE = "conversion-report.json";

    private final LanguageRegistry languages;
    private final OntologyConcepts concepts;
    private final String version;

    public Converter(LanguageRegistry languages, OntologyConcepts concepts, String version) {
        this.languages = languages;
        this.concepts = concepts;
        this.version = version;
    }

    /** Converts without writing anything. */
    public ConversionResult build(ConversionOptions options) {
        if (options.language() != null && languages.get(options.language()).isEmpty()) {
            throw new BadInputException("--lang: unknown language '" + options.language() + "' (known: "
                    + String.join(", ", languages.codes()) + ", auto)");
        }
        SourceReader reader = new SourceReader(languages);
        Segmenter segmenter = new Segmenter();
        DocumentAttributor attributor = new DocumentAttributor(languages);
        DocumentExtractor extractor = new DocumentExtractor();
        List<ExtractedDocument> docs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : options.sources()) {
            SourceDocument doc = reader.read(file, options.language());
            if (!ids.add(doc.id())) {
                throw new BadInputException(file + ": document id '" + doc.id() + "' is used by another source");
            }
            LanguageResources lang = languages.require(doc.language());
            SegmentedDocument segmented = segmenter.segment(doc, lang);
            AttributedDocument attributed = attributor.attribute(segmented, lang);
            ExtractedDocument extracted = extractor.extract(attributed, lang);
            if (attributed.attributions().stream().noneMatch(a -> a.isCountry()) && extracted.facts().isEmpty()) {
                throw new BadInputException(file + ": no recognisable country in the text and nothing at EU level to extract");
            }
            docs.add(extracted);
        }
        docs.sort((a, b) -> a.attributed().segmented().document().id().compareTo(b.attributed().segmented().document().id()));
        DatasetBuilder.Built built = new DatasetBuilder(languages, concepts).build(docs, options.base());
        // Counted without the canonical sort: only convert() writes, and sorts once there.
        long triples = CanonicalOrder.distinctTriples(built.dataset()).size();
        ConversionReport report = new ReportBuilder(languages.countries(), "cluster-policy-kg " + version)
                .build(docs, built.resolution(), triples);
        return new ConversionResult(docs, built, report, List.of());
    }

    /** Converts and writes the dumps and the report into the output folder. */
    public ConversionResult convert(ConversionOptions options) {
        ConversionResult result = build(options);
        DumpWriter writer = new DumpWriter(result.built().dataset(), options.base());
        AtomicFiles files = new AtomicFiles(options.outputFolder());
        Map<String, String> hashes = new TreeMap<>();
        try {
            hashes.putAll(Freshness.inputs(options.sources()));
            for (DumpFormat f : DumpFormat.CONVERTED) {
                byte[] bytes = writer.bytes(f);
                hashes.put(f.fileName(), Checksums.sha256(bytes));
                files.add(f.fileName(), out -> out.write(bytes));
            }
            java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
            reportMapper().writeValue(report, result.report());
            report.write('\n');
            hashes.put(REPORT_FILE, Checksums.sha256(report.toByteArray()));
            files.add(REPORT_FILE, out -> out.write(report.toByteArray()));
        } catch (java.io.IOException e) {
            throw new BadInputException("cannot read the sources again to record their checksums (" + e.getMessage() + ")", e);
        }
        files.add(Checksums.FILE_NAME, out -> out.write(Checksums.render(hashes)));
        List<Path> written = files.commit();
        return new ConversionResult(result.documents(), result.built(), result.report(), written);
    }

    public static ObjectMapper reportMapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
