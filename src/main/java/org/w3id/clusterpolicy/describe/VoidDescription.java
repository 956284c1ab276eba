package org.w3id.clusterpolicy.describe;

import org.w3id.clusterpolicy.store.DumpInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID description of the knowledge graph, counted from the graph itself: sizes, class and
 * property partitions, vocabularies, dumps and endpoint, and one linkset per target vocabulary and
 * link predicate. The dataset has the same IRI as in the DCAT catalogue.
 */
public final class VoidDescription {
    private VoidDescription() {}

    private static final int EXAMPLES = 3;

    public static Graph describe(DatasetGraph data, List<DumpInfo> dumps, ServiceUrls urls) {
        DataFacts facts = new DataFacts(data);
        GraphStatistics stats = GraphStatistics.of(facts.graph());
        Model m = Terms.newModel();
        Resource ds = m.createResource(Terms.DATASET, VOID.Dataset)
                .addProperty(VOID.uriSpace, facts.uriSpace())
                .addProperty(VOID.sparqlEndpoint, m.createResource(urls.sparql()))
                .addProperty(RDFS.seeAlso, m.createResource(urls.catalog()))
                .addLiteral(VOID.triples, count(m, stats.triples()))
                .addLiteral(VOID.entities, count(m, stats.entities()))
                .addLiteral(VOID.distinctSubjects, count(m, stats.distinctSubjects()))
                .addLiteral(VOID.distinctObjects, count(m, stats.distinctObjects()))
                .addLiteral(VOID.properties, count(m, stats.propertyTriples().size()))
                .addLiteral(VOID.classes, count(m, stats.classEntities().size()));
        Terms.text(ds, DCTerms.title, "Cluster Policy KG: national cluster policies in Europe",
                "Cluster Policy KG: nationale Clusterpolitik in Europa");
        stats.classEntities().forEach((c, n) -> ds.addProperty(VOID.classPartition,
                m.createResource().addProperty(VOID._class, m.createResource(c)).addLiteral(VOID.entities, count(m, n))));
        stats.propertyTriples().forEach((p, n) -> ds.addProperty(VOID.propertyPartition,
                m.createResource().addProperty(VOID.property, m.createResource(p)).addLiteral(VOID.triples, count(m, n))));
        stats.vocabularies().forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));
        facts.profiles().stream().limit(EXAMPLES).forEach(p -> ds.addProperty(VOID.exampleResource, m.createResource(p.getURI())));
        dumps(m, ds, dumps, urls);
        linksets(m, ds, LinkTarget.count(facts.graph()));
        return m.getGraph();
    }

    private static void dumps(Model m, Resource ds, List<DumpInfo> dumps, ServiceUrls urls) {
        TreeSet<String> formats = new TreeSet<>();
        dumps.stream().sorted(Comparator.comparing(DumpInfo::fileName)).forEach(d -> {
            ds.addProperty(VOID.dataDump, m.createResource(urls.download(d.fileName())));
            formats.add(FileTypes.w3cFormatIri(d.fileType()));
        });
        formats.forEach(f -> ds.addProperty(VOID.feature, m.createResource(f)));
    }

    private static void linksets(Model m, Resource ds, Map<LinkTarget, SortedMap<String, Long>> links) {
        links.forEach((target, byPredicate) -> {
            Resource objects = m.createResource(VOID.Dataset).addProperty(VOID.uriSpace, target.uriSpace);
            Terms.text(objects, DCTerms.title, target.en, target.de);
            byPredicate.forEach((p, n) -> ds.addProperty(VOID.subset, m.createResource(VOID.Linkset)
                    .addProperty(VOID.linkPredicate, m.createResource(p))
                    .addProperty(VOID.subjectsTarget, ds)
                    .addProperty(VOID.objectsTarget, objects)
                    .addLiteral(VOID.triples, count(m, n))));
        });
    }

    static Literal count(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
