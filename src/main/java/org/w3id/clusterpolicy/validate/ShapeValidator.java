package org.w3id.clusterpolicy.validate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;

/**
 * Checks a graph against the project's SHACL shapes ({@code ontology/shapes.ttl}). The shapes name
 * the converter's languages in two lists, {@code cpos:LanguageTags} and {@code cpos:LanguageEntries},
 * and in the pairs of tag and entry a source document's language is checked against;
 * {@link #forLanguages} writes all three from a language registry, as RIOT derives its formats from
 * its registry, so a language added as a folder is checked like the packed ones.
 */
public final class ShapeValidator {
    public static final String SHAPES = "/org/w3id/clusterpolicy/ontology/shapes.ttl";
    static final String SHAPES_NS = "https://w3id.org/cluster-policy/shapes#";
    static final Node LANGUAGE_TAGS = NodeFactory.createURI(SHAPES_NS + "LanguageTags");
    static final Node LANGUAGE_ENTRIES = NodeFactory.createURI(SHAPES_NS + "LanguageEntries");
    private static final String AUTHORITY_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    /** The pairs in the SPARQL constraint that checks a document's text against its dct:language. */
    private static final Pattern PAIRS = Pattern.compile("VALUES \\(\\?entry \\?expected\\) \\{[^}]*}");
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");
    private static final Pattern AUTHORITY_CODE = Pattern.compile("[A-Z0-9_]+");

    private final Shapes shapes;

    /** The shapes as the packed file states them (for the packed languages). */
    public ShapeValidator() {
        this.shapes = Shapes.parse(load());
    }

    private ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The shapes for the languages of a registry. */
    public static ShapeValidator forLanguages(LanguageRegistry languages) {
        return new ShapeValidator(shapesGraph(languages));
    }

    /** The shapes graph with its language lists and pairs written from the registry. */
    static Graph shapesGraph(LanguageRegistry languages) {
        Graph g = load();
        List<Node> tags = new ArrayList<>();
        List<Node> entries = new ArrayList<>();
        for (LanguageResources l : languages.all()) {
            if (!TAG.matcher(l.code()).matches() || !AUTHORITY_CODE.matcher(l.authorityCode()).matches()) {
                throw new IllegalArgumentException("language " + l.code() + " (" + l.authorityCode() + ") is not a language tag with an authority code");
            }
            tags.add(NodeFactory.createLiteralString(l.code()));
            entries.add(NodeFactory.createURI(AUTHORITY_LANGUAGE + l.authorityCode()));
        }
        replaceList(g, LANGUAGE_TAGS, tags);
        replaceList(g, LANGUAGE_ENTRIES, entries);
        String pairs = "VALUES (?entry ?expected) { " + languages.all().stream()
                .map(l -> "(lang:" + l.authorityCode() + " \"" + l.code() + "\")").collect(Collectors.joining(" ")) + " }";
        int rewritten = 0;
        for (Triple t : g.find(Node.ANY, SHACL.select, Node.ANY).toList()) {
            Matcher m = PAIRS.matcher(t.getObject().getLiteralLexicalForm());
            if (m.find()) {
                g.delete(t);
                g.add(Triple.create(t.getSubject(), t.getPredicate(),
                        NodeFactory.createLiteralString(m.replaceFirst(Matcher.quoteReplacement(pairs)))));
                rewritten++;
            }
        }
        if (rewritten == 0) {
            throw new IllegalStateException(SHAPES + " has no language pairs (" + PAIRS.pattern() + ") to write");
        }
        return g;
    }

    /** Replaces the members of the list whose head is {@code head} (an IRI, so that it can be found). */
    private static void replaceList(Graph g, Node head, List<Node> members) {
        if (!g.contains(head, RDF.first.asNode(), Node.ANY)) {
            throw new IllegalStateException(SHAPES + " does not define the list " + head);
        }
        Node cell = head;
        while (cell != null && !cell.equals(RDF.nil.asNode())) {
            Node rest = g.find(cell, RDF.rest.asNode(), Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
            g.remove(cell, RDF.first.asNode(), Node.ANY);
            g.remove(cell, RDF.rest.asNode(), Node.ANY);
            cell = rest;
        }
        cell = head;
        for (int i = 0; i < members.size(); i++) {
            g.add(Triple.create(cell, RDF.first.asNode(), members.get(i)));
            Node next = i + 1 < members.size() ? NodeFactory.createBlankNode() : RDF.nil.asNode();
            g.add(Triple.create(cell, RDF.rest.asNode(), next));
            cell = next;
        }
    }

    private static Graph load() {
        Graph g = GraphMemFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHAPES);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return g;
    }

    static Graph packedShapesGraph() {
        return load();
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    public Shapes shapes() {
        return shapes;
    }
}
