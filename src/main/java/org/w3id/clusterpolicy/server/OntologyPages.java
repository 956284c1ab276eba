package org.w3id.clusterpolicy.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.Pages;

/**
 * The model of the ontology documentation: every class, object and datatype property of the
 * ontology, and every concept scheme with its concepts (sectors, regions and funds included).
 */
final class OntologyPages {
    private static final Node OWL_CLASS = Vocab.iri(Vocab.OWL + "Class");
    private static final Node OBJECT_PROPERTY = Vocab.iri(Vocab.OWL + "ObjectProperty");
    private static final Node DATATYPE_PROPERTY = Vocab.iri(Vocab.OWL + "DatatypeProperty");
    private static final Node CONCEPT_SCHEME = Vocab.iri(Vocab.SKOS + "ConceptScheme");
    private static final Node COMMENT = Vocab.iri(Vocab.RDFS + "comment");
    private static final Node SUB_CLASS = Vocab.iri(Vocab.RDFS + "subClassOf");
    private static final Node SUB_PROPERTY = Vocab.iri(Vocab.RDFS + "subPropertyOf");
    private static final Node DOMAIN = Vocab.iri(Vocab.RDFS + "domain");
    private static final Node RANGE = Vocab.iri(Vocab.RDFS + "range");

    private final ServedData data;
    private final String version;

    OntologyPages(ServedData data, String version) {
        this.data = data;
        this.version = version;
    }

    Pages.OntologyPage page(PageKit kit) {
        Graph o = data.ontology();
        Node ontology = Vocab.iri(Vocab.ONTOLOGY_IRI);
        List<Pages.SchemeDoc> schemes = new ArrayList<>();
        for (Node scheme : subjects(kit.graph(), CONCEPT_SCHEME)) {
            if (!scheme.getURI().startsWith(Vocab.CPO)) {
                continue; // the EU authority lists are documented by their publisher
            }
            List<Pages.TermDoc> concepts = kit.graph().find(Node.ANY, Vocab.IN_SCHEME, scheme).toList().stream().map(Triple::getSubject)
                    .distinct().map(c -> term(kit, kit.graph(), c)).sorted(Comparator.comparing(Pages.TermDoc::label)).toList();
            schemes.add(new Pages.SchemeDoc(anchor(scheme), scheme.getURI(), kit.label(scheme), text(kit, kit.graph(), scheme, COMMENT), concepts));
        }
        schemes.sort(Comparator.comparing(Pages.SchemeDoc::label));
        List<Pages.Link> alternates = List.of(
                new Pages.Link("Turtle", "/ontology/cluster-policy.ttl"),
                new Pages.Link("SKOS concepts (Turtle)", "/ontology/concepts.ttl"),
                new Pages.Link("SHACL shapes (Turtle)", "/ontology/shapes.ttl"),
                new Pages.Link("JSON-LD context", "/ontology/context.jsonld"));
        return new Pages.OntologyPage(kit.frame("/ontology", kit.msg("page.ontology")), kit.label(ontology),
                text(kit, o, ontology, Vocab.DCT_DESCRIPTION), version,
                terms(kit, o, OWL_CLASS), terms(kit, o, OBJECT_PROPERTY), terms(kit, o, DATATYPE_PROPERTY), schemes, alternates);
    }

    private List<Pages.TermDoc> terms(PageKit kit, Graph o, Node type) {
        return subjects(o, type).stream().map(t -> term(kit, o, t)).sorted(Comparator.comparing(Pages.TermDoc::label)).toList();
    }

    private static List<Node> subjects(Graph g, Node type) {
        return g.find(Node.ANY, Vocab.TYPE, type).toList().stream().map(Triple::getSubject).filter(Node::isURI)
                .distinct().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private Pages.TermDoc term(PageKit kit, Graph o, Node t) {
        List<Pages.Link> supers = new ArrayList<>();
        for (Node p : new Node[] {SUB_CLASS, SUB_PROPERTY}) {
            o.find(t, p, Node.ANY).forEachRemaining(x -> supers.add(kit.link(x.getObject())));
        }
        supers.sort(Comparator.comparing(Pages.Link::text));
        Node domain = kit.value(t, DOMAIN);
        Node range = kit.value(t, RANGE);
        return new Pages.TermDoc(anchor(t), t.getURI(), kit.label(t), text(kit, o, t, COMMENT), supers,
                domain == null ? null : kit.link(domain), range == null ? null : kit.link(range));
    }

    /** Terms of the ontology are anchored by their local name (/ontology#Programme); other concepts by kind and name (sector-tourism). */
    private static String anchor(Node n) {
        String iri = n.getURI();
        if (iri.startsWith(Vocab.CPO)) {
            return iri.substring(Vocab.CPO.length());
        }
        String path = iri.replaceFirst("^https?://[^/]+/", "");
        String[] parts = path.split("[/#]");
        return parts.length >= 2 ? parts[parts.length - 2] + "-" + parts[parts.length - 1] : PageKit.localName(iri);
    }

    private static String text(PageKit kit, Graph g, Node s, Node p) {
        String any = null;
        for (Triple t : g.find(s, p, Node.ANY).toList()) {
            if (kit.lang.equals(t.getObject().getLiteralLanguage())) {
                return t.getObject().getLiteralLexicalForm();
            }
            any = t.getObject().getLiteralLexicalForm();
        }
        return any;
    }
}
