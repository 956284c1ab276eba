package org.w3id.clusterpolicy.convert;

import java.nio.file.Path;
import java.util.List;
import org.w3id.clusterpolicy.extract.ExtractedDocument;
import org.w3id.clusterpolicy.rdf.DatasetBuilder;
import org.w3id.clusterpolicy.report.ConversionReport;

/** The outcome of a conversion: the documents as read, the dataset, the report and the files written. */
public record ConversionResult(List<ExtractedDocument> documents, DatasetBuilder.Built built, ConversionReport report,
                               List<Path> written) {}
