package org.w3id.clusterpolicy.rdf;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;

import org.w3id.clusterpolicy.lang.Country;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;

/**
 * The graph of the ontology, its concepts, the EU vocabulary excerpts, the NUTS regions the profiles
 * name, and the entries of the country authority list the data refers to (labels, codes, Wikidata
 * match, the names texts use), so that every label resolves locally.
 */
final class VocabularyGraph {
    private VocabularyGraph() {}

    static Graph build(OntologyConcepts concepts, LanguageRegistry languages, Set<String> countryCodes,
                       RegionConcepts regions, Set<String> regionIds) {
        Graph g = GraphMemFactory.createDefaultGraph();
        concepts.ontology().find().forEachRemaining(g::add);
        OntologyConcepts.load(OntologyConcepts.VOCABULARY_FILES).find().forEachRemaining(g::add);
        regions.describe(new Triples(g), regionIds);
        // Every resource has an rdfs:label, so that generic linked-data clients show a name:
        // concepts that only have a skos:prefLabel get it as rdfs:label too.
        for (var t : g.find(Node.ANY, Vocab.PREF_LABEL, Node.ANY).toList()) {
            if (!g.contains(t.getSubject(), Vocab.LABEL, Node.ANY)) {
                g.find(t.getSubject(), Vocab.PREF_LABEL, Node.ANY).toList()
                        .forEach(l -> g.add(org.apache.jena.graph.Triple.create(l.getSubject(), Vocab.LABEL, l.getObject())));
            }
        }
        // Regions of the ontology name their country: describe those countries too.
        Set<String> codes = new TreeSet<>(countryCodes);
        concepts.ontology().find(Node.ANY, Vocab.COUNTRY, Node.ANY)
                .forEachRemaining(t -> codes.add(t.getObject().getURI().substring(Vocab.COUNTRY_SCHEME.length() + 1)));
        Triples t = new Triples(g);
        Node scheme = Vocab.iri(Vocab.COUNTRY_SCHEME);
        t.add(scheme, Vocab.TYPE, Vocab.iri(Vocab.SKOS + "ConceptScheme"));
        for (LanguageResources lang : languages.all()) {
            t.text(scheme, Vocab.LABEL, lang.labels().countryScheme(), lang.code());
        }
        for (String code : codes) {
            Country c = languages.countries().get(code);
            Node n = IriMinter.country(code);
            t.add(n, Vocab.TYPE, Vocab.SKOS_CONCEPT);
            t.add(n, Vocab.IN_SCHEME, scheme);
            t.string(n, Vocab.NOTATION, code);
            t.string(n, Vocab.cpo("isoAlpha3"), code);
            if (c.alpha2() != null && !c.alpha2().isBlank()) {
                t.string(n, Vocab.cpo("isoAlpha2"), c.alpha2());
            }
            if (c.wikidata() != null && !c.wikidata().isBlank()) {
                t.add(n, Vocab.EXACT_MATCH, Vocab.iri(c.wikidata()));
            }
            for (LanguageResources lang : languages.all()) {
                String pref = lang.countryLabel(c);
                t.text(n, Vocab.PREF_LABEL, pref, lang.code());
                t.text(n, Vocab.LABEL, pref, lang.code());
                for (String alias : lang.countries().namesOf(code)) {
                    if (!alias.equals(pref)) {
                        t.text(n, Vocab.ALT_LABEL, alias, lang.code());
                    }
                }
            }
        }
        return g;
    }

}
