package org.w3id.clusterpolicy.store;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The dump files, as a table: file name, the Jena format that writes it, its media type, its entry
 * in the EU file-type authority list, and whether it keeps the named graphs.
 */
public enum DumpFormat {
    TURTLE("cluster-policy.ttl", RDFFormat.TURTLE_PRETTY, Lang.TURTLE, "text/turtle", "RDF_TURTLE", false),
    NTRIPLES("cluster-policy.nt", RDFFormat.NTRIPLES_UTF8, Lang.NTRIPLES, "application/n-triples", "RDF_N_TRIPLES", false),
    TRIG("cluster-policy.trig", RDFFormat.TRIG_PRETTY, Lang.TRIG, "application/trig", "RDF_TRIG", true),
    JSONLD("cluster-policy.jsonld", RDFFormat.JSONLD11_PLAIN, Lang.JSONLD, "application/ld+json", "JSON_LD", false),
    RDFXML("cluster-policy.rdf", RDFFormat.RDFXML_PLAIN, Lang.RDFXML, "application/rdf+xml", "RDF_XML", false),
    NQUADS("cluster-policy.nq", RDFFormat.NQUADS_UTF8, Lang.NQUADS, "application/n-quads", "RDF_N_QUADS", true);

    /** The formats {@code convert} writes; N-Quads is made by the server for its gzipped download. */
    public static final List<DumpFormat> CONVERTED = List.of(TURTLE, NTRIPLES, TRIG, JSONLD, RDFXML);

    private final String fileName;
    private final RDFFormat format;
    private final Lang lang;
    private final String mediaType;
    private final String fileType;
    private final boolean quads;

    DumpFormat(String fileName, RDFFormat format, Lang lang, String mediaType, String fileType, boolean quads) {
        this.fileName = fileName;
        this.format = format;
        this.lang = lang;
        this.mediaType = mediaType;
        this.fileType = fileType;
        this.quads = quads;
    }

    public String fileName() { return fileName; }
    public RDFFormat format() { return format; }
    public Lang lang() { return lang; }
    public String mediaType() { return mediaType; }
    /** The code of the format in the EU file-type authority list. */
    public String fileType() { return fileType; }
    public boolean quads() { return quads; }
}
