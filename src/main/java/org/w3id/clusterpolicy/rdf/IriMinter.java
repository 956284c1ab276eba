package org.w3id.clusterpolicy.rdf;

import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.extract.EntityRef;
import org.w3id.clusterpolicy.lang.CountryTable;
import org.w3id.clusterpolicy.lang.Slugs;

/**
 * Mints the stable, readable IRIs of the graph: {@code {base}{kind}/{slug}}. Things that belong to
 * a country carry the country's slug first ("programme/romania-competitiveness-operational-programme"),
 * so the same name in two countries stays two resources. Funds are concepts of the ontology and keep
 * their w3id IRIs whatever the base.
 */
public final class IriMinter {
    public static final String CONCEPT_BASE = Vocab.DEFAULT_BASE;

    private final String base;
    private final CountryTable countries;

    public IriMinter(String base, CountryTable countries) {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("the base IRI must end with / or #: " + base);
        }
        this.base = base;
        this.countries = countries;
    }

    public String base() {
        return base;
    }

    public Node document(String documentId) {
        return Vocab.iri(base + "document/" + documentId);
    }

    public Node sentence(String documentId, int start, int end) {
        return Vocab.iri(base + "sentence/" + documentId + "-" + start + "-" + end);
    }

    public Node section(String documentId, int start, int end) {
        return Vocab.iri(base + "section/" + documentId + "-" + start + "-" + end);
    }

    public Node graph(String documentId) {
        return Vocab.iri(base + "graph/" + documentId);
    }

    public Node vocabularyGraph() {
        return Vocab.iri(base + "graph/vocabularies");
    }

    public Node agent(String name) {
        return Vocab.iri(base + "agent/" + Slugs.slug(name));
    }

    public static Node country(String code) {
        return Vocab.iri(CountryTable.AUTHORITY_PREFIX + code);
    }

    public Node profile(String code) {
        return Vocab.iri(base + "profile/" + countrySlug(code));
    }

    public String countrySlug(String code) {
        return countries.get(code).slug();
    }

    public Node entity(EntityRef ref) {
        return switch (ref.type()) {
            case PROFILE -> profile(ref.key());
            case FUND -> Vocab.iri(CONCEPT_BASE + "fund/" + ref.key());
            case INSTRUMENT -> scoped("programme", ref);
            case ORGANISATION -> scoped("organisation", ref);
            case PLATFORM -> scoped("platform", ref);
        };
    }

    /** The last path segment of an entity IRI, for composing the IRIs of facts about it. */
    public String localName(EntityRef ref) {
        String iri = entity(ref).getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private Node scoped(String kind, EntityRef ref) {
        String slug = ref.scope() == null ? ref.key() : countrySlug(ref.scope()) + "-" + ref.key();
        return Vocab.iri(base + kind + "/" + slug);
    }

    public Node fact(String kind, String... parts) {
        return Vocab.iri(base + kind + "/" + String.join("-", parts));
    }

    public static Node sector(String id) {
        return Vocab.iri(CONCEPT_BASE + "sector/" + id);
    }

    public static Node region(String id) {
        return Vocab.iri(CONCEPT_BASE + "region/" + id);
    }

    public static Node fund(String id) {
        return Vocab.iri(CONCEPT_BASE + "fund/" + id);
    }
}
