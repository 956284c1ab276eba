package org.w3id.clusterpolicy.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the vocabularies the graph uses, as Jena nodes. */
public final class Vocab {
    private Vocab() {}

    public static final String CPO = "https://w3id.org/cluster-policy/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/cluster-policy/ontology";
    public static final String DEFAULT_BASE = "https://w3id.org/cluster-policy/id/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String VANN = "http://purl.org/vocab/vann/";
    public static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    public static final String COUNTRY_SCHEME = AUTHORITY + "country";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String NACE = "http://data.europa.eu/ux2/nace2/";
    public static final String NUTS = "http://data.europa.eu/nuts/";
    public static final String EUROVOC = "http://eurovoc.europa.eu/";

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static Node cpo(String local) {
        return iri(CPO + local);
    }

    public static final Node TYPE = iri(RDF + "type");
    public static final Node LABEL = iri(RDFS + "label");
    public static final Node PREF_LABEL = iri(SKOS + "prefLabel");
    public static final Node ALT_LABEL = iri(SKOS + "altLabel");
    public static final Node NOTATION = iri(SKOS + "notation");
    public static final Node IN_SCHEME = iri(SKOS + "inScheme");
    public static final Node EXACT_MATCH = iri(SKOS + "exactMatch");
    public static final Node SKOS_CONCEPT = iri(SKOS + "Concept");
    public static final Node DCT_TITLE = iri(DCT + "title");
    public static final Node DCT_DESCRIPTION = iri(DCT + "description");
    public static final Node DCT_LANGUAGE = iri(DCT + "language");
    public static final Node DCT_PUBLISHER = iri(DCT + "publisher");
    public static final Node DCT_MODIFIED = iri(DCT + "modified");
    public static final Node DCT_RIGHTS = iri(DCT + "rights");
    public static final Node DERIVED_FROM = iri(PROV + "wasDerivedFrom");
    public static final Node NIF_CONTEXT = iri(NIF + "referenceContext");
    public static final Node NIF_BEGIN = iri(NIF + "beginIndex");
    public static final Node NIF_END = iri(NIF + "endIndex");
    public static final Node FOAF_AGENT = iri(FOAF + "Agent");
    public static final Node FOAF_NAME = iri(FOAF + "name");

    public static final Node COUNTRY = cpo("country");
    public static final Node TEXT = cpo("text");
    public static final Node RULE = cpo("extractionRule");
    public static final Node DOCUMENT = cpo("document");
    public static final Node START_YEAR = cpo("startYear");
    public static final Node END_YEAR = cpo("endYear");
    public static final Node ACRONYM = cpo("acronym");
}
