package org.w3id.clusterpolicy.describe;

import java.util.Arrays;
import java.util.Map;
import org.w3id.clusterpolicy.store.DumpFormat;

/**
 * The dump formats by their EU file-type code ("RDF_TURTLE"): the IANA media type of the RDF
 * inside a dump (also when the file is gzipped) and the W3C format identifier. Only the file types
 * {@link DumpFormat} knows are accepted: each is a checked entry of the authority list.
 */
final class FileTypes {
    private FileTypes() {}

    // W3C's identifiers of the formats (https://www.w3.org/ns/formats/), by file-type code.
    private static final Map<String, String> W3C_FORMAT = Map.of(
            "RDF_TURTLE", "Turtle",
            "RDF_N_TRIPLES", "N-Triples",
            "RDF_TRIG", "TriG",
            "JSON_LD", "JSON-LD",
            "RDF_XML", "RDF_XML",
            "RDF_N_QUADS", "N-Quads");

    static DumpFormat format(String fileType) {
        return Arrays.stream(DumpFormat.values()).filter(f -> f.fileType().equals(fileType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown file type " + fileType + " (not a dump format)"));
    }

    static String fileTypeIri(String fileType) {
        return Terms.FILE_TYPE + format(fileType).fileType();
    }

    /** The media type of the RDF itself, as an IANA IRI (…/media-types/text/turtle). */
    static String mediaTypeIri(String fileType) {
        return Terms.IANA_MEDIA_TYPES + format(fileType).mediaType();
    }

    static String w3cFormatIri(String fileType) {
        return Terms.FORMATS + W3C_FORMAT.get(format(fileType).fileType());
    }
}
