package org.w3id.clusterpolicy.describe;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * The stable IRIs of the descriptions and the terms Jena has no constants for (SPDX, SPARQL
 * Service Description, W3C format identifiers, IANA media types). The descriptions name the same
 * things with the same IRIs, so a harvester can join the catalogue, the VoID and the service
 * description. The authority-list entries here are all listed in data/vocab/checked-identifiers.csv.
 */
public final class Terms {
    private Terms() {}

    public static final String CATALOG = "https://w3id.org/cluster-policy/catalog";
    public static final String DATASET = "https://w3id.org/cluster-policy/dataset";
    public static final String DISTRIBUTION_BASE = DATASET + "/distribution/";
    public static final String DATA_SERVICE = "https://w3id.org/cluster-policy/sparql-service";
    public static final String PUBLISHER = "https://w3id.org/cluster-policy/publisher";

    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String FORMATS = "http://www.w3.org/ns/formats/";
    public static final String IANA_MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";
    public static final String ENTAILMENT_SIMPLE = "http://www.w3.org/ns/entailment/Simple";
    public static final String SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/";

    public static final String FILE_TYPE = Vocab.AUTHORITY + "file-type/";
    public static final String LANGUAGE = Vocab.AUTHORITY + "language/";
    public static final String LICENCE_CC_BY_4_0 = Vocab.AUTHORITY + "licence/CC_BY_4_0";
    public static final String ACCESS_PUBLIC = Vocab.AUTHORITY + "access-right/PUBLIC";
    public static final String FREQUENCY_IRREGULAR = Vocab.AUTHORITY + "frequency/IRREG";
    public static final String COUNTRY = Vocab.AUTHORITY + "country/";
    public static final String GZIP = IANA_MEDIA_TYPES + "application/gzip";

    static Resource iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    static Property property(String iri) {
        return ResourceFactory.createProperty(iri);
    }

    /** A model with the prefixes every description uses, so that serialisations stay readable. */
    static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("rdf", Vocab.RDF);
        m.setNsPrefix("rdfs", Vocab.RDFS);
        m.setNsPrefix("xsd", Vocab.XSD);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("foaf", Vocab.FOAF);
        m.setNsPrefix("skos", Vocab.SKOS);
        m.setNsPrefix("spdx", SPDX);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("cpo", Vocab.CPO);
        return m;
    }

    /**
     * A resource with its class. The DCAT-AP range shapes check the class of each value, and a
     * harvester sees only the description: so values from elsewhere (authority-list entries,
     * media types, web pages) are typed in it.
     */
    static Resource typed(Model m, String iri, Resource type) {
        return m.createResource(iri).addProperty(RDF.type, type);
    }

    /** Adds the same statement in English and German. */
    static Resource text(Resource r, Property p, String en, String de) {
        return r.addProperty(p, en, "en").addProperty(p, de, "de");
    }
}
