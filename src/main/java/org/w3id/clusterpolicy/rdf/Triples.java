package org.w3id.clusterpolicy.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/** Adds triples with typed literals to a graph; every text literal gets a language tag. */
final class Triples {
    private final Graph graph;

    Triples(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    void text(Node s, Node p, String text, String lang) {
        if (text != null && !text.isBlank()) {
            add(s, p, NodeFactory.createLiteralLang(text, lang));
        }
    }

    void string(Node s, Node p, String value) {
        add(s, p, NodeFactory.createLiteralString(value));
    }

    void year(Node s, Node p, int year) {
        add(s, p, NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear));
    }

    void yearMonth(Node s, Node p, YearMonth ym) {
        add(s, p, NodeFactory.createLiteralDT(ym.toString(), XSDDatatype.XSDgYearMonth));
    }

    void date(Node s, Node p, LocalDate d) {
        add(s, p, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate));
    }

    void offset(Node s, Node p, int value) {
        add(s, p, NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger));
    }

    void decimal(Node s, Node p, BigDecimal value) {
        add(s, p, NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal));
    }
}
