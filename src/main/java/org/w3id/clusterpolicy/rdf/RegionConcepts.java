package org.w3id.clusterpolicy.rdf;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.lang.NutsRegions;
import org.w3id.clusterpolicy.lang.RegionGazetteer;

/**
 * The region concepts made from NUTS units ({@code vocab/nuts-regions.csv}): the graph describes those the
 * profiles name, each with a label per language (its name in that language's {@code regions.yaml}, else its
 * official NUTS name), its country, and its exact match, the NUTS code, described in turn with its official
 * name. Cross-border regions are concepts of ontology/concepts.ttl instead.
 */
final class RegionConcepts {
    private static final String NUTS_CODE = "http://data.europa.eu/nuts/code/";

    private final NutsRegions nuts;
    private final RegionGazetteer names;
    private final List<String> langs;

    RegionConcepts(LanguageRegistry languages) {
        this.nuts = languages.nuts();
        this.names = languages.regions();
        this.langs = languages.all().stream().map(LanguageResources::code).toList();
    }

    boolean isNutsRegion(String id) {
        return nuts.region(id).isPresent();
    }

    String label(String id, String lang) {
        NutsRegions.Unit unit = nuts.region(id).orElseThrow();
        return names.preferredName(id, lang).orElse(unit.labels().get(0)[0]);
    }

    static Node nutsCode(String code) {
        return Vocab.iri(NUTS_CODE + code);
    }

    /** Describes the regions with these ids (those that are NUTS regions) and their NUTS codes. */
    void describe(Triples t, Collection<String> ids) {
        for (String id : new TreeSet<>(ids)) {
            NutsRegions.Unit unit = nuts.region(id).orElse(null);
            if (unit == null) {
                continue;
            }
            Node region = IriMinter.region(id);
            t.add(region, Vocab.TYPE, Vocab.cpo("Region"));
            t.add(region, Vocab.IN_SCHEME, Vocab.cpo("RegionScheme"));
            for (String lang : langs) {
                t.text(region, Vocab.PREF_LABEL, label(id, lang), lang);
            }
            t.add(region, Vocab.COUNTRY, IriMinter.country(unit.country()));
            Node code = nutsCode(unit.code());
            t.add(region, Vocab.EXACT_MATCH, code);
            t.add(code, Vocab.TYPE, Vocab.SKOS_CONCEPT);
            t.add(code, Vocab.IN_SCHEME, Vocab.iri(unit.scheme()));
            t.string(code, Vocab.NOTATION, unit.code());
            for (String[] label : unit.labels()) {
                t.text(code, Vocab.PREF_LABEL, label[0], label[1]);
            }
        }
    }
}
