package org.w3id.clusterpolicy.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.clusterpolicy.attribute.Attribution;
import org.w3id.clusterpolicy.extract.ExtractedDocument;
import org.w3id.clusterpolicy.extract.Fact;
import org.w3id.clusterpolicy.extract.LinkFact;
import org.w3id.clusterpolicy.extract.PartnerFact;
import org.w3id.clusterpolicy.lang.CompiledRule;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.source.SourceDocument;

/**
 * Turns the extracted documents into a dataset: one named graph per source document (its
 * description, sections, profiles and facts) and one for the ontology and vocabularies.
 */
public final class DatasetBuilder {

    /** The dataset and the cross-document decisions it was built with. */
    public record Built(DatasetGraph dataset, Resolution resolution, IriMinter iris) {}

    private final LanguageRegistry languages;
    private final OntologyConcepts concepts;

    public DatasetBuilder(LanguageRegistry languages, OntologyConcepts concepts) {
        this.languages = languages;
        this.concepts = concepts;
    }

    public Built build(List<ExtractedDocument> input, String base) {
        List<ExtractedDocument> docs = new ArrayList<>(input);
        docs.sort(Comparator.comparing(d -> d.attributed().segmented().document().id()));
        IriMinter iris = new IriMinter(base, languages.countries());
        Resolution resolution = new Resolution(docs, statusPrecedence());
        EvidenceMapper evidence = new EvidenceMapper(iris, languages);
        RegionConcepts regions = new RegionConcepts(languages);
        FactMapper facts = new FactMapper(iris, concepts, resolution, languages, evidence, regions);
        DatasetGraph ds = DatasetGraphFactory.create();
        Set<String> countries = new TreeSet<>();
        Set<String> regionIds = new TreeSet<>();
        for (ExtractedDocument doc : docs) {
            SourceDocument src = doc.attributed().segmented().document();
            Graph g = GraphMemFactory.createDefaultGraph();
            Triples t = new Triples(g);
            evidence.document(t, src, doc.attributed().segmented().statedPageDate());
            Set<String> profiles = new LinkedHashSet<>();
            doc.attributed().attributions().stream().filter(Attribution::isCountry).forEach(a -> profiles.add(a.country()));
            profiles.forEach(code -> evidence.profile(t, code));
            evidence.sections(t, doc.attributed());
            for (Fact f : doc.facts()) {
                facts.map(t, f, src.text());
                if (f.country() != null) {
                    countries.add(f.country());
                }
                if (f instanceof LinkFact l && l.aspect() == LinkFact.Aspect.MENTIONED_COUNTRY) {
                    countries.add(l.value());
                }
                if (f instanceof LinkFact l && l.aspect() == LinkFact.Aspect.REGION) {
                    regionIds.add(l.value());
                }
                if (f instanceof PartnerFact p) {
                    countries.add(p.partner());
                }
            }
            countries.addAll(profiles);
            ds.addGraph(iris.graph(src.id()), g);
        }
        ds.addGraph(iris.vocabularyGraph(), VocabularyGraph.build(concepts, languages, countries, regions, regionIds));
        return new Built(ds, resolution, iris);
    }

    /** Statuses ranked as the first language's status rules list them (a stated absence first). */
    private List<String> statusPrecedence() {
        Set<String> order = new LinkedHashSet<>();
        for (CompiledRule r : languages.all().get(0).status()) {
            order.add(r.value());
        }
        for (var lang : languages.all()) {
            for (CompiledRule r : lang.status()) {
                if (!order.contains(r.value())) {
                    throw new IllegalStateException("status " + r.value() + " of " + r.id() + " is missing from the first language's rules");
                }
            }
        }
        return List.copyOf(order);
    }
}
