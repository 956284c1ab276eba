package org.w3id.clusterpolicy.server.http;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF formats resources and descriptions are served in: media type, file suffix, writer. */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl", "Turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", "JSON-LD", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("application/n-triples", "nt", "N-Triples", RDFFormat.NTRIPLES_UTF8),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", RDFFormat.RDFXML_PRETTY);

    private final String mediaType;
    private final String suffix;
    private final String label;
    private final RDFFormat format;

    RdfFormat(String mediaType, String suffix, String label, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.label = label;
        this.format = format;
    }

    public String mediaType() { return mediaType; }
    public String suffix() { return suffix; }
    public String label() { return label; }
    public RDFFormat format() { return format; }
    public Lang lang() { return format.getLang(); }

    public static List<String> mediaTypes() {
        return List.of(values()).stream().map(RdfFormat::mediaType).toList();
    }

    public static Optional<RdfFormat> bySuffix(String suffix) {
        return List.of(values()).stream().filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    public static Optional<RdfFormat> byMediaType(String mediaType) {
        return List.of(values()).stream().filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }
}
