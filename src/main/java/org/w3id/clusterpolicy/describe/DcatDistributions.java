package org.w3id.clusterpolicy.describe;

import org.w3id.clusterpolicy.store.DumpInfo;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * The distributions of the dataset: one per dump file, and the SPARQL endpoint. Values whose
 * DCAT-AP range is a class (media type, file type, licence, checksum algorithm) carry it
 * ({@link Terms#typed}).
 */
final class DcatDistributions {
    private static final String SHA256 = "[0-9a-fA-F]{64}";

    private final Model m;
    private final ServiceUrls urls;
    private final DataFacts facts;
    private final Resource rights;

    DcatDistributions(Model m, ServiceUrls urls, DataFacts facts) {
        this.m = m;
        this.urls = urls;
        this.facts = facts;
        this.rights = rights(m);
    }

    Resource file(DumpInfo dump) {
        if (!dump.sha256().matches(SHA256)) {
            throw new IllegalArgumentException(dump.fileName() + ": not a SHA-256 in hex: " + dump.sha256());
        }
        String fileType = FileTypes.fileTypeIri(dump.fileType());
        String formatName = facts.prefLabel(Terms.iri(fileType).asNode(), "en").orElse(dump.fileType());
        Resource download = m.createResource(urls.download(dump.fileName()));
        Resource d = m.createResource(Terms.DISTRIBUTION_BASE + IRILib.encodeUriComponent(dump.fileName()), DCAT.Distribution)
                .addProperty(DCAT.accessURL, download)
                .addProperty(DCAT.downloadURL, download)
                // For a gzipped file DCAT gives the media type of the data inside and the packing
                // in dcat:compressFormat; dct:format likewise names the RDF format, not gzip.
                .addProperty(DCAT.mediaType, Terms.typed(m, FileTypes.mediaTypeIri(dump.fileType()), DCTerms.MediaType))
                .addProperty(DCTerms.format, Terms.typed(m, fileType, DCTerms.MediaTypeOrExtent))
                .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(dump.byteSize()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(Terms.property(Terms.SPDX + "checksum"), checksum(m, dump.sha256()))
                .addProperty(DCTerms.license, Terms.typed(m, Terms.LICENCE_CC_BY_4_0, DCTerms.LicenseDocument))
                .addProperty(DCTerms.rights, rights)
                .addLiteral(DCTerms.modified, m.createTypedLiteral(dump.lastModified().truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        if (dump.gzipped()) {
            d.addProperty(DCAT.compressFormat, Terms.typed(m, Terms.GZIP, DCTerms.MediaType));
            Terms.text(d, DCTerms.title, "The whole graph as " + formatName + ", gzip-compressed (" + dump.fileName() + ")",
                    "Der ganze Graph als " + formatName + ", mit gzip komprimiert (" + dump.fileName() + ")");
        } else {
            Terms.text(d, DCTerms.title, "The whole graph as " + formatName + " (" + dump.fileName() + ")",
                    "Der ganze Graph als " + formatName + " (" + dump.fileName() + ")");
        }
        return d;
    }

    /** The SPARQL endpoint as a distribution: reached through the data service, not downloaded. */
    Resource sparql(Resource service) {
        Resource d = m.createResource(Terms.DISTRIBUTION_BASE + "sparql", DCAT.Distribution)
                .addProperty(DCAT.accessURL, m.createResource(urls.sparql()))
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.license, Terms.typed(m, Terms.LICENCE_CC_BY_4_0, DCTerms.LicenseDocument));
        Terms.text(d, DCTerms.title, "SPARQL endpoint", "SPARQL-Endpunkt");
        return Terms.text(d, DCTerms.description, "Read-only SPARQL 1.1 queries over the whole graph.",
                "Lesende SPARQL-1.1-Abfragen über den ganzen Graphen.");
    }

    private static Resource checksum(Model m, String sha256) {
        Resource algorithm = Terms.typed(m, Terms.SPDX + "checksumAlgorithm_sha256", m.createResource(Terms.SPDX + "ChecksumAlgorithm"));
        return m.createResource(m.createResource(Terms.SPDX + "Checksum"))
                .addProperty(Terms.property(Terms.SPDX + "algorithm"), algorithm)
                .addLiteral(Terms.property(Terms.SPDX + "checksumValue"),
                        m.createTypedLiteral(sha256.toLowerCase(Locale.ROOT), XSDDatatype.XSDhexBinary));
    }

    /** Who holds the rights in what a dump contains: the quoted source texts and the vocabulary excerpts. */
    private static Resource rights(Model m) {
        Resource r = m.createResource(DCTerms.RightsStatement);
        return Terms.text(r, RDFS.label,
                "The graph quotes texts © clusterplattform.de (BMWK) as source material, with attribution; "
                        + "the EU vocabulary excerpts are © European Union, CC BY 4.0.",
                "Der Graph zitiert Texte © clusterplattform.de (BMWK) als Quellenmaterial, mit Quellenangabe; "
                        + "die Auszüge aus EU-Vokabularen sind © Europäische Union, CC BY 4.0.");
    }
}
