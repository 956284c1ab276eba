package org.w3id.clusterpolicy.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.w3id.clusterpolicy.rdf.Vocab;

/** The prefixes the dumps and query results use, one per vocabulary and one per kind of resource. */
public final class Prefixes {
    private Prefixes() {}

    public static final String[] RESOURCE_KINDS = {"profile", "programme", "organisation", "platform", "event", "quantity",
        "role", "assertion", "sentence", "section", "document", "agent", "graph"};
    public static final String[] CONCEPT_KINDS = {"sector", "region", "fund"};

    public static Map<String, String> map(String base) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cpo", Vocab.CPO);
        m.put("rdf", Vocab.RDF);
        m.put("rdfs", Vocab.RDFS);
        m.put("owl", Vocab.OWL);
        m.put("xsd", Vocab.XSD);
        m.put("skos", Vocab.SKOS);
        m.put("dct", Vocab.DCT);
        m.put("prov", Vocab.PROV);
        m.put("org", Vocab.ORG);
        m.put("foaf", Vocab.FOAF);
        m.put("dcat", Vocab.DCAT);
        m.put("nif", Vocab.NIF);
        m.put("vann", Vocab.VANN);
        m.put("ctry", Vocab.COUNTRY_SCHEME + "/");
        m.put("lang", Vocab.AUTHORITY + "language/");
        m.put("corp", Vocab.AUTHORITY + "corporate-body/");
        m.put("wd", Vocab.WIKIDATA);
        m.put("nace", Vocab.NACE);
        m.put("nuts", Vocab.NUTS + "code/");
        m.put("eurovoc", Vocab.EUROVOC);
        for (String k : RESOURCE_KINDS) {
            m.put(k, base + k + "/");
        }
        for (String k : CONCEPT_KINDS) {
            m.put(k, Vocab.DEFAULT_BASE + k + "/");
        }
        return m;
    }

    public static PrefixMap prefixMap(String base) {
        PrefixMap pm = PrefixMapFactory.create();
        map(base).forEach(pm::add);
        return pm;
    }
}
