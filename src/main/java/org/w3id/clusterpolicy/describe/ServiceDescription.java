package org.w3id.clusterpolicy.describe;

import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * The SPARQL 1.1 Service Description of the endpoint: a read-only query service, its result
 * formats, and its dataset with the size of the default graph and of each named graph. The service
 * has the IRI of the data service in the DCAT catalogue.
 */
public final class ServiceDescription {
    private ServiceDescription() {}

    // What a query can be answered in: the SPARQL result formats for SELECT and ASK, the RDF
    // formats for CONSTRUCT and DESCRIBE (W3C format identifiers).
    private static final List<String> RESULT_FORMATS = List.of(
            "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    public static Graph describe(DatasetGraph data, ServiceUrls urls) {
        Model m = Terms.newModel();
        Resource service = m.createResource(Terms.DATA_SERVICE, sd("Service"))
                .addProperty(sdp("endpoint"), m.createResource(urls.sparql()))
                // Query only: the endpoint refuses SPARQL Update.
                .addProperty(sdp("supportedLanguage"), sd("SPARQL11Query"))
                .addProperty(sdp("defaultEntailmentRegime"), m.createResource(Terms.ENTAILMENT_SIMPLE))
                .addProperty(sdp("defaultDataset"), dataset(m, data))
                .addProperty(RDFS.seeAlso, m.createResource(urls.voidDescription()))
                .addProperty(RDFS.seeAlso, m.createResource(urls.catalog()));
        RESULT_FORMATS.forEach(f -> service.addProperty(sdp("resultFormat"), m.createResource(Terms.FORMATS + f)));
        if (defaultGraphIsUnion(data)) {
            service.addProperty(sdp("feature"), sd("UnionDefaultGraph"));
        }
        Terms.text(service, DCTerms.title, "Cluster Policy KG SPARQL endpoint", "SPARQL-Endpunkt des Cluster Policy KG");
        Terms.text(service, DCTerms.description,
                "Read-only SPARQL 1.1 queries over the knowledge graph of national cluster policies in Europe.",
                "Lesende SPARQL-1.1-Abfragen über den Wissensgraphen zur nationalen Clusterpolitik in Europa.");
        return m.getGraph();
    }

    private static Resource dataset(Model m, DatasetGraph data) {
        Resource ds = m.createResource(sd("Dataset"))
                .addProperty(sdp("defaultGraph"), graph(m, data.getDefaultGraph()));
        for (Node name : graphNames(data)) {
            ds.addProperty(sdp("namedGraph"), m.createResource(sd("NamedGraph"))
                    .addProperty(sdp("name"), m.createResource(name.getURI()))
                    .addProperty(sdp("graph"), graph(m, data.getGraph(name))));
        }
        return ds;
    }

    private static Resource graph(Model m, Graph g) {
        return m.createResource(sd("Graph")).addLiteral(VOID.triples, VoidDescription.count(m, g.size()));
    }

    /**
     * True when the default graph is exactly the merge of the named graphs, as the server makes
     * it (GraphFiles.withUnionDefault); a dump without named graphs has a plain default graph.
     */
    static boolean defaultGraphIsUnion(DatasetGraph data) {
        List<Node> names = graphNames(data);
        Graph dflt = data.getDefaultGraph();
        return !names.isEmpty()
                && names.stream().allMatch(n -> data.getGraph(n).find().filterDrop(dflt::contains).toList().isEmpty())
                && dflt.find().filterDrop(t -> data.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).hasNext()).toList().isEmpty();
    }

    private static List<Node> graphNames(DatasetGraph data) {
        TreeSet<Node> names = new TreeSet<>(DataFacts.BY_TERM);
        data.listGraphNodes().forEachRemaining(names::add);
        return List.copyOf(names);
    }

    private static Resource sd(String local) {
        return Terms.iri(Terms.SD + local);
    }

    private static Property sdp(String local) {
        return Terms.property(Terms.SD + local);
    }
}
