package org.w3id.clusterpolicy.validate;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Checks a graph against the project's SHACL shapes ({@code ontology/shapes.ttl}). */
public final class ShapeValidator {
    public static final String SHAPES = "/org/w3id/clusterpolicy/ontology/shapes.ttl";

    private final Shapes shapes;

    public ShapeValidator() {
        Graph g = GraphMemFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHAPES);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.shapes = Shapes.parse(g);
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    public Shapes shapes() {
        return shapes;
    }
}
