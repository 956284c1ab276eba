package org.w3id.clusterpolicy.describe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * The official DCAT-AP 3.0.1 shapes (packed from data/vocab/dcat-ap-3.0.1/, unchanged): the
 * profile's shapes, its range shapes and its controlled-vocabulary shapes, loaded together, with
 * two defects of the published files corrected in memory (see {@link #load()}). Load once and keep
 * the instance; validating is thread-safe.
 */
public final class DcatApShapes {
    private static final String DIR = "/org/w3id/clusterpolicy/vocab/dcat-ap-3.0.1/";
    public static final List<String> FILES = List.of(DIR + "dcat-ap-SHACL.ttl", DIR + "ranges.ttl", DIR + "mdr-vocabularies.shape.ttl");

    static final Node CHECKSUM_ALGORITHM_RESTRICTION = NodeFactory.createURI("http://data.europa.eu/r5r#ChecksumAlgorithmRestriction");
    static final Node OFFICIAL_SPDX_PATTERN = NodeFactory.createLiteralString("^https://spdx.org/rdf/terms");
    static final Node SPDX_PATTERN = NodeFactory.createLiteralString("^https?://spdx\\.org/rdf/terms");

    /** What was changed in memory: the triples taken out of the official files and those put in. */
    public record Corrections(List<Triple> removed, List<Triple> added) {}

    private final Shapes shapes;
    private final Corrections corrections;

    private DcatApShapes(Shapes shapes, Corrections corrections) {
        this.shapes = shapes;
        this.corrections = corrections;
    }

    public static DcatApShapes load() {
        Graph g = OntologyConcepts.load(FILES);
        List<Triple> removed = new ArrayList<>();
        List<Triple> added = new ArrayList<>();
        // 1. The official 3.0.1 files link five property shapes that have no sh:path (under
        // https://semiceu.github.io/DCAT-AP/releases/3.0.1#: dcat:DatasetShape/4918ff7a…,
        // dcat:DatasetShape/95c69c99…, dcat:DistributionShape/653804840…,
        // dcat:DistributionShape/a07d6e7a…, dcat:RelationshipShape/b7aa98e1…). Such a shape
        // constrains nothing, but Jena's parser refuses the whole shapes graph for it ("Missing
        // property shape"). So the links are dropped.
        g.find(Node.ANY, SHACL.property, Node.ANY).toList().stream()
                .filter(t -> !g.contains(t.getObject(), SHACL.path, Node.ANY))
                .sorted(Comparator.comparing(Triple::toString))
                .forEach(removed::add);
        // 2. The controlled-vocabulary shape for spdx:algorithm wants an IRI that starts with
        // "https://spdx.org/rdf/terms" and is an spdx:ChecksumAlgorithm, whose IRI is
        // http://spdx.org/rdf/terms#ChecksumAlgorithm. The SPDX terms DCAT 3 and DCAT-AP 3 use are
        // in that http namespace (spdx:checksumAlgorithm_sha256), so no SPDX algorithm can pass.
        // The pattern is widened to both schemes; it still rejects algorithms from elsewhere.
        Triple pattern = Triple.create(CHECKSUM_ALGORITHM_RESTRICTION, SHACL.pattern, OFFICIAL_SPDX_PATTERN);
        if (g.contains(pattern)) {
            removed.add(pattern);
            added.add(Triple.create(CHECKSUM_ALGORITHM_RESTRICTION, SHACL.pattern, SPDX_PATTERN));
        }
        removed.forEach(g::delete);
        added.forEach(g::add);
        return new DcatApShapes(Shapes.parse(g), new Corrections(List.copyOf(removed), List.copyOf(added)));
    }

    public Shapes shapes() {
        return shapes;
    }

    /** The in-memory corrections of the official files; the files themselves stay as published. */
    public Corrections corrections() {
        return corrections;
    }

    /**
     * Validates a description together with the authority-list entries it uses: the
     * controlled-vocabulary shapes look for {@code skos:inScheme} on each value, which only the
     * entries themselves can supply.
     */
    public ValidationReport validate(Graph description, Graph authorityEntries) {
        Graph all = GraphMemFactory.createDefaultGraph();
        description.find().forEachRemaining(all::add);
        authorityEntries.find().forEachRemaining(all::add);
        return ShaclValidator.get().validate(shapes, all);
    }

    /**
     * The authority-list entries a description of this data may use: the EU vocabulary excerpts
     * packed in the jar and the country entries of the data (with their {@code skos:inScheme}).
     */
    public static Graph authorityEntries(DatasetGraph data) {
        Graph out = OntologyConcepts.load(OntologyConcepts.VOCABULARY_FILES);
        Graph g = data.getDefaultGraph();
        g.find(Node.ANY, Vocab.IN_SCHEME, Vocab.iri(Vocab.COUNTRY_SCHEME)).forEachRemaining(entry ->
                g.find(entry.getSubject(), Node.ANY, Node.ANY).forEachRemaining(out::add));
        return out;
    }
}
